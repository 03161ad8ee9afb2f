package dev.profilelens.app.team;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.PendingWrite;
import dev.profilelens.core.team.TeamSession;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The app's view of the team log: signed with the display name, and closing the session it came from. */
public final class TeamAuditLog implements AuditLog, AutoCloseable {
    private final TeamSession session;
    private final AuditLog log;

    private TeamAuditLog(TeamSession session, AuditLog log) {
        this.session = session;
        this.log = log;
    }

    /** The log of an open team session; closing it closes the session. */
    static TeamAuditLog of(TeamSession s, TeamAccess access, TeamConfig config) {
        return new TeamAuditLog(s, access.log(s, config));
    }

    /** Refuses before anything is written when this login may not record writes (a viewer). */
    public void requireWritable() {
        TeamAccess.requireWritable(session);
    }

    public TeamSession session() {
        return session;
    }

    @Override
    public void record(AuditEntry entry) {
        log.record(entry);
    }

    @Override
    public PendingWrite recordIntent(AuditEntry entry) {
        return log.recordIntent(entry);
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
    public void close() {
        session.close();
    }
}
