package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.store.EntryRef;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An edit to save: intents applied to the latest stored value inside the conditional-write loop.
 *
 * @param mode          how far the user agreed to go (stale lock, whole-value replacement)
 * @param confirmation  the key typed by the user where the mode needs it
 * @param expectVersion when set, write only on exactly this stored version (no re-apply: a change is a conflict)
 * @param base          the value as the user read it (for the merge view's "base" column); may be null
 * @param action        the audit log's action name (save, edit, put, restore, revert, clear-stale-lock, …)
 * @param dryRun        apply and validate against the latest value, but do not write
 */
public record EditRequest(EntryRef ref, List<Intent> intents, String reason, WriteMode mode,
                          @Nullable String confirmation, @Nullable String expectVersion, @Nullable JsonNode base,
                          String action, boolean dryRun) {
    public EditRequest {
        Objects.requireNonNull(ref, "ref");
        intents = List.copyOf(intents);
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(action, "action");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required for every write");
        }
    }

    /** A normal edit of a free profile, audited as {@code edit}. */
    public static EditRequest of(EntryRef ref, List<Intent> intents, String reason) {
        return new EditRequest(ref, intents, reason, WriteMode.NORMAL, null, null, null, "edit", false);
    }

    public EditRequest withMode(WriteMode m, @Nullable String typedKey) {
        return new EditRequest(ref, intents, reason, m, typedKey, expectVersion, base, action, dryRun);
    }

    public EditRequest withExpectVersion(@Nullable String version) {
        return new EditRequest(ref, intents, reason, mode, confirmation, version, base, action, dryRun);
    }

    public EditRequest withBase(@Nullable JsonNode b) {
        return new EditRequest(ref, intents, reason, mode, confirmation, expectVersion, b, action, dryRun);
    }

    public EditRequest withAction(String a) {
        return new EditRequest(ref, intents, reason, mode, confirmation, expectVersion, base, a, dryRun);
    }

    public EditRequest asDryRun() {
        return new EditRequest(ref, intents, reason, mode, confirmation, expectVersion, base, action, true);
    }
}
