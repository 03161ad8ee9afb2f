package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why an intent could not apply to the latest value.
 *
 * @param found what the latest value holds at the intent's path (null when absent)
 */
public record IntentFailure(Intent intent, Reason reason, String message, @Nullable JsonNode found) {
    /** The kinds of failure. */
    public enum Reason {
        /** The path (or its parent) does not exist any more. */
        PATH_GONE,
        /** The value there is not of the type the intent needs (e.g. a delta on a string). */
        TYPE_CHANGED,
        /** No array element matches the item to remove. */
        ITEM_NOT_FOUND,
        /** More than one array element matches the item to remove. */
        MATCHED_TWICE,
        /** A "set" on a path someone else changed since it was read. */
        CHANGED_MEANWHILE,
        /** A whole-value transform (a jq expression) failed on this value. */
        TRANSFORM_FAILED
    }

    public IntentFailure {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** E.g. {@code add +500 at /Data/Coins: /Data/Coins is a string, not a number}. */
    public String describe() {
        return intent.kind() + " " + intent.describe() + " at " + (intent.path().isEmpty() ? "(whole value)"
                : intent.path()) + ": " + message;
    }
}
