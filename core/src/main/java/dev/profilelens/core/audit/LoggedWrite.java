package dev.profilelens.core.audit;

import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.store.BatchWrites;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteOutcomeUnknownException;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /**
     * A group of writes in one transaction of {@code writes} (ADR 0230), logged as {@code entries} (one per request,
     * same order): every intent recorded first (if that fails nothing is written), then the group, then every
     * outcome: done with its new version for a write that landed, failed for one whose precondition no longer held
     * (empty in the result) and for all of them when the group failed (its exception is rethrown).
     */
    public static List<Optional<WriteResult>> writeAll(AuditLog log, BatchWrites writes, List<WriteRequest> requests,
                                                       List<AuditEntry> entries) {
        if (requests.size() != entries.size()) {
            throw new IllegalArgumentException(requests.size() + " writes but " + entries.size() + " log entries");
        }
        return writeRecorded(log, writes, requests, log.recordIntents(entries));
    }

    /**
     * The second half of {@link #writeAll}: the group sent and its outcomes recorded, its intents ({@code pending},
     * one per request, same order) recorded before by the caller, e.g. on the thread that prepared the group while
     * the group before it was being written (ADR 0243). Every intent stays recorded before its write is sent.
     */
    public static List<Optional<WriteResult>> writeRecorded(AuditLog log, BatchWrites writes,
                                                            List<WriteRequest> requests, List<PendingWrite> pending) {
        if (requests.size() != pending.size()) {
            throw new IllegalArgumentException(requests.size() + " writes but " + pending.size() + " intents");
        }
        List<Optional<WriteResult>> results;
        try {
            results = writes.writeAll(requests);
        } catch (RuntimeException e) {
            abandon(log, pending);
            throw e;
        }
        List<AuditOutcome> outcomes = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            Optional<WriteResult> r = results.get(i);
            outcomes.add(r.isPresent() ? new AuditOutcome(pending.get(i), AuditStatus.DONE, r.get().version())
                    : new AuditOutcome(pending.get(i), AuditStatus.FAILED, ""));
        }
        finishAll(log, outcomes);
        return results;
    }

    /** Intents recorded for writes that will never be sent (a run stopped before their group): failed, not sent. */
    public static void abandon(AuditLog log, List<PendingWrite> pending) {
        finishAll(log, pending.stream().map(p -> new AuditOutcome(p, AuditStatus.FAILED, "")).toList());
    }

    private static void finishAll(AuditLog log, List<AuditOutcome> outcomes) {
        try {
            log.recordOutcomes(outcomes);
        } catch (RuntimeException unrecorded) {
            // as finish: the entries stay unconfirmed, the writes keep their own results
        }
    }

    static void finish(AuditLog log, PendingWrite pending, AuditStatus outcome, String version) {
        try {
            log.recordOutcome(pending, outcome, version);
        } catch (RuntimeException unrecorded) {
            // the entry stays unconfirmed: the log shows the write that way, the caller keeps the write's own result
        }
    }
}
