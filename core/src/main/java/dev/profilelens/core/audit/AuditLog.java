package dev.profilelens.core.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the save pipeline records every write, and where the log viewer and {@code profilelens log} read.
 *
 * <p>Writes are recorded in two steps: {@link #recordIntent} before the game data is written (a write whose
 * intent cannot be recorded must not be made), then {@link #recordOutcome}. A log that stores the intent shows a
 * write whose outcome never came as {@link AuditStatus#UNCONFIRMED}. The default methods keep a one-step log
 * (which only has {@link #record}) working: it stores the write when it is done.
 */
public interface AuditLog {
    /** Records a finished write in one step. */
    void record(AuditEntry entry);

    /** Entries newest first, optionally for one key and/or since a time. */
    List<AuditEntry> query(@Nullable String key, @Nullable Instant since, int limit);

    /**
     * Step one: records {@code entry} as about to be written. Throws an {@code InspectorException} when it cannot
     * be recorded ({@code UnavailableException} when the log is unreachable, {@code RefusedException} when the
     * user may not record writes); the caller must then write nothing.
     */
    default PendingWrite recordIntent(AuditEntry entry) {
        return new PendingWrite(PendingWrite.NOT_STORED, entry.intended());
    }

    /**
     * Step two: the outcome of a pending write; {@code versionAfter} is the new version when {@code outcome} is
     * {@link AuditStatus#DONE}, otherwise empty.
     */
    default void recordOutcome(PendingWrite pending, AuditStatus outcome, String versionAfter) {
        if (outcome == AuditStatus.DONE) {
            record(pending.entry().withOutcome(AuditStatus.DONE, versionAfter));
        }
    }

    /**
     * Step one for a group of writes (a bulk edit's, ADR 0230): every entry recorded as about to be written, in
     * order, or none (an exception: the caller must then write nothing). A log that can records them in one
     * transaction; this default records them one by one and, when one fails, marks those already recorded failed.
     */
    default List<PendingWrite> recordIntents(List<AuditEntry> entries) {
        List<PendingWrite> out = new ArrayList<>(entries.size());
        try {
            for (AuditEntry e : entries) {
                out.add(recordIntent(e));
            }
        } catch (RuntimeException e) {
            for (PendingWrite p : out) {
                try {
                    recordOutcome(p, AuditStatus.FAILED, "");
                } catch (RuntimeException unrecorded) {
                    e.addSuppressed(unrecorded);
                }
            }
            throw e;
        }
        return out;
    }

    /**
     * Step two for a group of writes: each outcome as {@link #recordOutcome} records it (one transaction if it can).
     * This default records every one it can and then throws the first failure (those entries stay unconfirmed).
     */
    default void recordOutcomes(List<AuditOutcome> outcomes) {
        RuntimeException first = null;
        for (AuditOutcome o : outcomes) {
            try {
                recordOutcome(o.pending(), o.status(), o.versionAfter());
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Entries newest first matching every filter of {@code q}. */
    default List<AuditEntry> query(AuditQuery q) {
        return query(q.key(), q.since(), Integer.MAX_VALUE).stream().filter(q::matches).limit(q.limit()).toList();
    }

    /**
     * Calls {@code onChange} (on a background thread) whenever someone else records in this log, until the returned
     * handle is closed. A log only this process writes never calls it.
     */
    default AutoCloseable subscribe(Runnable onChange) {
        return () -> { };
    }
}
