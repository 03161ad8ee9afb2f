package dev.profilelens.core.bulk;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.ForwardingAuditLog;
import dev.profilelens.core.audit.PendingWrite;
import java.util.List;

/** The audit log as a batch writes to it: every entry carries the batch name (ADR 0152), so a batch can be listed. */
final class BatchAuditLog extends ForwardingAuditLog {
    private final String batch;

    BatchAuditLog(AuditLog delegate, String batch) {
        super(delegate);
        this.batch = batch;
    }

    private AuditEntry stamp(AuditEntry e) {
        return e.withTeam(e.displayName(), e.universe(), batch);
    }

    @Override
    public void record(AuditEntry entry) {
        super.record(stamp(entry));
    }

    @Override
    public PendingWrite recordIntent(AuditEntry entry) {
        return super.recordIntent(stamp(entry));
    }

    @Override
    public List<PendingWrite> recordIntents(List<AuditEntry> entries) {
        return super.recordIntents(entries.stream().map(this::stamp).toList());
    }
}
