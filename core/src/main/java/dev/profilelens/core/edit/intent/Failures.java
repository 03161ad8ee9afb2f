package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** Builds the typed failures intents throw. */
final class Failures {
    private Failures() {
    }

    static IntentFailedException gone(Intent i, String where) {
        return new IntentFailedException(new IntentFailure(i, IntentFailure.Reason.PATH_GONE,
                (where.isEmpty() ? "the value" : where) + " does not exist in the latest value", null));
    }

    /** As {@link #gone(Intent, String)}, saying which item step of {@code where} matched no item, or several. */
    static IntentFailedException gone(Intent i, Document doc, String where) {
        Pointer.Miss miss = Pointer.miss(doc.root(), where);
        if (miss == null) {
            return gone(i, where);
        }
        return new IntentFailedException(new IntentFailure(i, miss.matches() == 0 ? IntentFailure.Reason.PATH_GONE
                : IntentFailure.Reason.MATCHED_TWICE, miss.message(), null));
    }

    static IntentFailedException type(Intent i, String where, @Nullable JsonNode found, String needed) {
        return new IntentFailedException(new IntentFailure(i, IntentFailure.Reason.TYPE_CHANGED,
                where + " is " + Pointer.typeOf(found) + ", not " + needed, found));
    }

    static IntentFailedException changed(Intent i, @Nullable JsonNode found) {
        return new IntentFailedException(new IntentFailure(i, IntentFailure.Reason.CHANGED_MEANWHILE,
                "someone else changed it to " + Change.text(found) + " since it was read", found));
    }

    static IntentFailedException items(Intent i, int matches, JsonNode array) {
        return new IntentFailedException(new IntentFailure(i, matches == 0 ? IntentFailure.Reason.ITEM_NOT_FOUND
                : IntentFailure.Reason.MATCHED_TWICE, matches == 0 ? "no element matches"
                : matches + " elements match; the item to remove must be unique", array));
    }
}
