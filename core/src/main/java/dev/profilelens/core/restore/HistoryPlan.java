package dev.profilelens.core.restore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.edit.WriteMode;
import dev.profilelens.core.edit.intent.Change;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.store.EntryRef;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A restore or revert worked out against the value stored now, before anything is written: the intents (guarded
 * "set"s) and, per changed path, the value now and the value it would get, so the user sees both before confirming.
 *
 * @param action         the audit action: {@code restore} or {@code revert}
 * @param source         what the values come from, e.g. {@code version 0042} or {@code the value before version 0042}
 * @param currentVersion the version the preview was computed on (null when the key is missing)
 * @param current        the value stored now (the merge base of the save), null when missing
 * @param changes        per intent: the value now ({@code before}) and the value after it ({@code after})
 * @param problems       intents that cannot apply to the value now (e.g. someone changed the path since); empty when
 *                       the plan can be written
 * @param mode           how the save must run: {@link WriteMode#REPLACE_WHOLE} when no profile is stored now
 */
public record HistoryPlan(EntryRef ref, String action, String source, List<String> paths,
                          @Nullable String currentVersion, @Nullable JsonNode current, List<Intent> intents,
                          List<Change> changes, List<String> problems, WriteMode mode) {
    public HistoryPlan {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(source, "source");
        paths = List.copyOf(paths);
        intents = List.copyOf(intents);
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        Objects.requireNonNull(mode, "mode");
    }

    /** True when writing it would change nothing. */
    public boolean empty() {
        return intents.isEmpty();
    }

    /** The reason recorded in the audit log: the user's words and where the values came from. */
    public String auditReason(String reason) {
        return reason + " (" + action + " of " + source + (paths.isEmpty() ? "" : " at " + paths) + ")";
    }
}
