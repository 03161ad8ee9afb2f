package dev.profilelens.app.history;

import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.error.ConflictException;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.RefusedException;

/** Turns a typed save outcome that wrote nothing for a reason into the error a dialog shows. */
public final class HistoryResults {
    private HistoryResults() {
    }

    /** True for an outcome the user must be told about as a failure (refused, conflict, invalid). */
    public static boolean failed(SaveResult r) {
        return !(r instanceof SaveResult.Written) && !(r instanceof SaveResult.Unchanged);
    }

    /** The error for a failed outcome: its message, and for an invalid value the path. */
    public static InspectorException error(SaveResult r) {
        if (r instanceof SaveResult.Invalid i) {
            return new InvalidInputException(i.message(), i.path());
        }
        if (r instanceof SaveResult.Conflict c) {
            return new ConflictException(c.message());
        }
        return new RefusedException(r.message());
    }
}
