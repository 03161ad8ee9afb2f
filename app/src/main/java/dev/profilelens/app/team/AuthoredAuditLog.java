package dev.profilelens.app.team;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.PendingWrite;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A team log that signs what this person records with their display name (the OS user is already in the entry). */
final class AuthoredAuditLog implements AuditLog {
    private final AuditLog log;
    private final String displayName;
    private final String where;

    AuthoredAuditLog(AuditLog log, String displayName, String where) {
        this.log = log;
        this.displayName = displayName;
        this.where = where;
    }

    private AuditEntry signed(AuditEntry e) {
        return e.displayName().isEmpty() ? e.withTeam(displayName, e.universe(), e.batch()) : e;
    }

    @Override
    public void record(AuditEntry entry) {
        log.record(signed(entry));
    }

    @Override
    public PendingWrite recordIntent(AuditEntry entry) {
        return log.recordIntent(signed(entry));
    }

    @Override
    public void recordOutcome(PendingWrite pending, AuditStatus outcome, String versionAfter) {
        log.recordOutcome(pending, outcome, versionAfter);
    }

    @Override
    public List<AuditEntry> query(@Nullable String key, @Nullable Instant since, int limit) {
        return log.query(key, since, limit);
    }

    @Override
    public List<AuditEntry> query(AuditQuery q) {
        return log.query(q);
    }

    @Override
    public AutoCloseable subscribe(Runnable onChange) {
        return log.subscribe(onChange);
    }

    @Override
    public String toString() {
        return "team log at " + where;
    }
}
