package dev.profilelens.core.bulk;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditOutcome;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.PendingWrite;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The audit log as a batch writes to it: every entry carries the batch name (ADR 0152), so a batch can be listed. */
final class BatchAuditLog implements AuditLog {
    private final AuditLog delegate;
    private final String batch;

    BatchAuditLog(AuditLog delegate, String batch) {
        this.delegate = delegate;
        this.batch = batch;
    }

    private AuditEntry stamp(AuditEntry e) {
        return e.withTeam(e.displayName(), e.universe(), batch);
    }

    @Override
    public void record(AuditEntry entry) {
        delegate.record(stamp(entry));
    }

    @Override
    public List<AuditEntry> query(@Nullable String key, @Nullable Instant since, int limit) {
        return delegate.query(key, since, limit);
    }

    @Override
    public PendingWrite recordIntent(AuditEntry entry) {
        return delegate.recordIntent(stamp(entry));
    }

    @Override
    public void recordOutcome(PendingWrite pending, AuditStatus outcome, String versionAfter) {
        delegate.recordOutcome(pending, outcome, versionAfter);
    }

    @Override
    public List<PendingWrite> recordIntents(List<AuditEntry> entries) {
        return delegate.recordIntents(entries.stream().map(this::stamp).toList());
    }

    @Override
    public void recordOutcomes(List<AuditOutcome> outcomes) {
        delegate.recordOutcomes(outcomes);
    }

    @Override
    public List<AuditEntry> query(AuditQuery q) {
        return delegate.query(q);
    }
}
