package dev.profilelens.core.store;

import dev.profilelens.core.error.UnavailableException;

/**
 * A write was sent but no answer came back (timeout, connection lost, 5xx after sending): it may or may not have
 * been applied. Never repeat such a write blindly: re-read and compare first (design.md §3).
 */
public class WriteOutcomeUnknownException extends UnavailableException {
    private static final long serialVersionUID = 1L;
    private final transient EntryRef ref;

    public WriteOutcomeUnknownException(EntryRef ref, Throwable cause) {
        super("No answer came back for the write to " + ref + "; it may or may not have been applied", cause);
        this.ref = ref;
    }

    /** The entry whose stored value tells whether the write was applied. */
    public EntryRef ref() {
        return ref;
    }
}
