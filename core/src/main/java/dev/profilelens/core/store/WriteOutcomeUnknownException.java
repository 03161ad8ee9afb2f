package dev.profilelens.core.store;

import dev.profilelens.core.error.UnavailableException;

/**
 * A write was sent but no answer came back (timeout, connection lost, 5xx after sending): it may or may not have
 * been applied. Never repeat such a write blindly: re-read and compare first (design.md §3).
 */
public class WriteOutcomeUnknownException extends UnavailableException {
    private static final long serialVersionUID = 1L;

    public WriteOutcomeUnknownException(EntryRef ref, Throwable cause) {
        super("No answer came back for the write to " + ref + "; it may or may not have been applied", cause);
    }
}
