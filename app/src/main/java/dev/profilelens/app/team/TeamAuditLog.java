package dev.profilelens.app.team;

import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.ForwardingAuditLog;
import dev.profilelens.core.team.TeamSession;

/** The app's view of the team log: signed with the display name, and closing the session it came from. */
public final class TeamAuditLog extends ForwardingAuditLog implements AutoCloseable {
    private final TeamSession session;

    private TeamAuditLog(TeamSession session, AuditLog log) {
        super(log);
        this.session = session;
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
    public void close() {
        session.close();
    }
}
