package dev.profilelens.connectors.postgres;

import dev.profilelens.core.team.TeamProvider;
import dev.profilelens.core.team.TeamSession;
import dev.profilelens.core.team.TeamSettings;

/** ServiceLoader entry for the PostgreSQL team database. */
public final class PgTeamProvider implements TeamProvider {
    @Override
    public TeamSession connect(TeamSettings settings) {
        return TeamDatabase.connect(settings);
    }

    @Override
    public int setUp(TeamSettings owner) {
        return TeamSchema.migrate(owner);
    }
}
