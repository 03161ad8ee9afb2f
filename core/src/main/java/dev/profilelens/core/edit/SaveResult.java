package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.edit.intent.Change;
import dev.profilelens.core.edit.intent.IntentFailure;
import dev.profilelens.core.lock.LockState;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the save use case did. The GUI and the CLI only render these; each carries its CLI exit code (cli.md).
 */
public sealed interface SaveResult {

    /** A message for a person. */
    String message();

    int exitCode();

    /**
     * The intents were applied to the latest value and written.
     *
     * @param before    the value replaced (null when the key was missing)
     * @param reapplied how many times the intents were applied again after losing a conditional write
     */
    record Written(@Nullable String versionBefore, String versionAfter, @Nullable JsonNode before, JsonNode after,
                   List<Change> changes, int reapplied) implements SaveResult {
        public Written {
            Objects.requireNonNull(versionAfter, "versionAfter");
            changes = List.copyOf(changes);
        }

        @Override
        public String message() {
            return "written: version " + versionAfter + (reapplied == 0 ? "" : " (re-applied " + reapplied
                    + " time(s) on a newer value)");
        }

        @Override
        public int exitCode() {
            return 0;
        }
    }

    /**
     * Nothing was written: a dry run, or the intents leave the latest value as it is.
     *
     * @param dryRun true when a write was possible but not asked for
     */
    record Unchanged(@Nullable String version, @Nullable JsonNode before, @Nullable JsonNode after,
                     List<Change> changes, boolean dryRun) implements SaveResult {
        public Unchanged {
            changes = List.copyOf(changes);
        }

        @Override
        public String message() {
            return dryRun ? "dry run: nothing was written" : "unchanged: the stored value already holds this edit";
        }

        @Override
        public int exitCode() {
            return 0;
        }
    }

    /**
     * Not written for safety: a live session owns the profile, a confirmation is missing, read-only, or the value no
     * longer matches the filter the caller chose it by.
     */
    record Refused(Reason reason, @Nullable LockState lock, String message) implements SaveResult {
        /** Why. */
        public enum Reason { READ_ONLY, LIVE_SESSION, STALE_LOCK, WHOLE_VALUE, CONFIRMATION, NOT_MATCHING }

        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public int exitCode() {
            return 4;
        }
    }

    /** Some intents cannot apply to the latest value (or it changed under {@code --expect-version}). */
    record Conflict(List<PathConflict> paths, @Nullable JsonNode theirs, @Nullable String theirsVersion,
                    String message) implements SaveResult {
        public Conflict {
            paths = List.copyOf(paths);
            Objects.requireNonNull(message, "message");
        }

        @Override
        public int exitCode() {
            return 3;
        }
    }

    /**
     * One path of a conflict: what the user read ({@code base}), what the intent wanted ({@code mine}), what is
     * stored now ({@code theirs}); null where absent.
     */
    record PathConflict(String path, String intent, IntentFailure.@Nullable Reason reason, @Nullable JsonNode base,
                        @Nullable JsonNode mine, @Nullable JsonNode theirs, String message) {
        public PathConflict {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The value the intents produce would break Roblox or library rules. {@code line}/{@code column} locate
     * {@code path} in the text the edit came from when the caller supplied one, else null.
     */
    record Invalid(String path, @Nullable Integer line, @Nullable Integer column, String message)
            implements SaveResult {
        public Invalid {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public int exitCode() {
            return 2;
        }
    }
}
