package dev.profilelens.core.audit;

import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteOutcomeUnknownException;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.util.Arrays;
import java.util.Optional;

/**
 * One game data write with its two log steps: the intent is recorded first (if that fails, nothing is written and
 * the log's exception, e.g. "the team log is unreachable; nothing was written", reaches the caller), then the write,
 * then its outcome. A write whose answer was lost is re-read: the same bytes mean it happened. When the outcome
 * itself cannot be recorded the entry stays unconfirmed, which is what the log shows for it.
 */
public final class LoggedWrite {
    private LoggedWrite() {
    }

    /**
     * Writes {@code request} logged as {@code entry} (its versionAfter is ignored). Rethrows the source's
     * exception (a conflict, a refusal) after recording the write as failed.
     */
    public static WriteResult write(AuditLog log, ProfileSource source, WriteRequest request, AuditEntry entry) {
        PendingWrite pending = log.recordIntent(entry);
        WriteResult result;
        try {
            result = source.write(request);
        } catch (WriteOutcomeUnknownException lost) {
            Optional<StoredEntry> now;
            try {
                now = source.read(request.ref());
            } catch (UnavailableException unreadable) {
                // neither the answer nor a read tells: the entry stays unconfirmed and the caller must not repeat
                lost.addSuppressed(unreadable);
                throw lost;
            }
            if (now.isEmpty() || !Arrays.equals(now.get().value(), request.value())) {
                finish(log, pending, AuditStatus.FAILED, "");
                throw lost;
            }
            result = new WriteResult(now.get().version(), now.get().updated());
        } catch (RuntimeException e) {
            finish(log, pending, AuditStatus.FAILED, "");
            throw e;
        }
        finish(log, pending, AuditStatus.DONE, result.version());
        return result;
    }

    static void finish(AuditLog log, PendingWrite pending, AuditStatus outcome, String version) {
        try {
            log.recordOutcome(pending, outcome, version);
        } catch (RuntimeException unrecorded) {
            // the entry stays unconfirmed: the log shows the write that way, the caller keeps the write's own result
        }
    }
}
