package dev.profilelens.app.history;

import dev.profilelens.core.audit.AuditChange;
import dev.profilelens.core.edit.intent.Change;
import java.util.Objects;

/** One changed path for a table: where, what the intent does, the value before and the value after (as text). */
public record ChangeRow(String path, String intent, String before, String after) {
    public ChangeRow {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** A change worked out by the intents (a preview or a written result). */
    public static ChangeRow of(Change c) {
        return new ChangeRow(where(c.intent().path()), c.intent().describe(), Change.text(c.before()),
                Change.text(c.after()));
    }

    /** A change recorded in the audit log. */
    public static ChangeRow of(AuditChange c) {
        return new ChangeRow(where(c.path()), c.intent(), Change.text(c.before()), Change.text(c.after()));
    }

    private static String where(String path) {
        return path.isEmpty() ? "(whole value)" : path;
    }
}
