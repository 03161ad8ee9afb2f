package dev.profilelens.core.audit;

/**
 * A delete with the same two log steps as {@link LoggedWrite}: the intent is recorded first (if that fails, nothing
 * is deleted and the log's exception reaches the caller), then the delete runs, then its outcome is recorded. Deletes
 * are idempotent, so a delete whose answer was lost is simply reported as failed; running it again is safe.
 */
public final class LoggedDelete {
    /** The version text a done delete records (an audit entry that is done needs one). */
    public static final String DELETED = "deleted";

    private LoggedDelete() {
    }

    /** Runs {@code delete} logged as {@code entry}; rethrows its exception after recording the delete as failed. */
    public static void run(AuditLog log, AuditEntry entry, Runnable delete) {
        PendingWrite pending = log.recordIntent(entry);
        try {
            delete.run();
        } catch (RuntimeException e) {
            LoggedWrite.finish(log, pending, AuditStatus.FAILED, "");
            throw e;
        }
        LoggedWrite.finish(log, pending, AuditStatus.DONE, DELETED);
    }
}
