package dev.profilelens.core.store;

import dev.profilelens.core.error.ConflictException;
import org.jspecify.annotations.Nullable;

/**
 * A conditional write lost: the stored version differs from the expected one (or the key exists when it must
 * not). Carries the current entry when the back end returned it (Open Cloud 412, SQLite), null if it is absent.
 */
public class VersionConflictException extends ConflictException {
    private static final long serialVersionUID = 1L;
    private final transient @Nullable StoredEntry current;

    public VersionConflictException(EntryRef ref, @Nullable StoredEntry current) {
        super("The stored value of " + ref + " changed since it was read"
                + (current == null ? " (it is now absent)" : " (now version " + current.version() + ")"));
        this.current = current;
    }

    public @Nullable StoredEntry current() {
        return current;
    }
}
