package dev.profilelens.app.team;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.ForwardingAuditLog;
import dev.profilelens.core.audit.PendingWrite;
import java.util.List;

/** A team log that signs what this person records with their display name (the OS user is already in the entry). */
final class AuthoredAuditLog extends ForwardingAuditLog {
    private final String displayName;
    private final String where;

    AuthoredAuditLog(AuditLog log, String displayName, String where) {
        super(log);
        this.displayName = displayName;
        this.where = where;
    }

    private AuditEntry signed(AuditEntry e) {
        return e.displayName().isEmpty() ? e.withTeam(displayName, e.universe(), e.batch()) : e;
    }

    @Override
    public void record(AuditEntry entry) {
        super.record(signed(entry));
    }

    @Override
    public PendingWrite recordIntent(AuditEntry entry) {
        return super.recordIntent(signed(entry));
    }

    @Override
    public List<PendingWrite> recordIntents(List<AuditEntry> entries) {
        return super.recordIntents(entries.stream().map(this::signed).toList());
    }

    @Override
    public String toString() {
        return "team log at " + where;
    }
}
