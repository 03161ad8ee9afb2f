package dev.profilelens.app.team;

import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.team.TeamProvider;
import dev.profilelens.core.team.TeamSession;

/** Opens the configured team database through core's port (the app never names the connector). */
public final class TeamAccess {
    /** What a write says when its log entry cannot be recorded because the team database is away. */
    public static final String UNREACHABLE = "The team log is unreachable; nothing was written";

    private TeamAccess() {
    }

    public static TeamSession open(TeamConfig config) {
        TeamProvider provider = TeamProvider.find().orElseThrow(() -> new InvalidInputException(
                "This ProfileLens has no team database support installed", "team"));
        return provider.connect(config.settings(TeamPassword.find(config)));
    }

    /** Refuses before anything is written when the login may not record writes (a viewer). */
    static void requireWritable(TeamSession s) {
        if (!s.role().canWrite()) {
            String role = s.role().name().toLowerCase(java.util.Locale.ROOT);
            throw new RefusedException("Your team database role is " + role
                    + ": ProfileLens is read-only for you (it never writes game data it cannot log); "
                    + "nothing was written.");
        }
    }

    /** The log as the team sees it, with the author's display name added to what this person records. */
    public static AuditLog log(TeamSession s, TeamConfig config) {
        return new AuthoredAuditLog(s.auditLog(), config.author(), config.url());
    }
}
