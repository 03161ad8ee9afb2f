package dev.profilelens.core.team;

import java.util.Optional;
import java.util.ServiceLoader;

/** Opens team databases; a connector registers one with ServiceLoader. */
public interface TeamProvider {
    /** Connects, checking login, schema version and role; failures name what is wrong. */
    TeamSession connect(TeamSettings settings);

    /** Creates or upgrades the team schema, connected as its owner; returns the schema version. */
    int setUp(TeamSettings owner);

    /** The registered provider, if a team connector is installed. */
    static Optional<TeamProvider> find() {
        for (TeamProvider p : ServiceLoader.load(TeamProvider.class)) {
            return Optional.of(p);
        }
        return Optional.empty();
    }
}
