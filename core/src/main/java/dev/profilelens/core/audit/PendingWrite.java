package dev.profilelens.core.audit;

import java.util.Objects;

/**
 * A write recorded as intended, awaiting its outcome.
 *
 * @param id    the log's id for the entry; {@link #NOT_STORED} when the log keeps nothing until the outcome
 * @param entry the entry as intended (status unconfirmed, no version after)
 */
public record PendingWrite(long id, AuditEntry entry) {
    /** The id of a pending write that a one-step log has not stored. */
    public static final long NOT_STORED = -1;

    public PendingWrite {
        Objects.requireNonNull(entry, "entry");
    }
}
