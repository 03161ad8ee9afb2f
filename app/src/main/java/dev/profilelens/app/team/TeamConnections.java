package dev.profilelens.app.team;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.app.connection.SharedConnections;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.team.SharedConnection;
import dev.profilelens.core.team.TeamSession;
import java.util.List;
import java.util.Optional;

/**
 * The team database's connection profiles (issue #23 item 4) as the app's connections. A shared profile names the
 * part after {@code opencloud:} (a universe, or a universe at a base URL); each person's API key stays in their own
 * keychain. A profile on the real Open Cloud is a production connection.
 */
public final class TeamConnections implements SharedConnections {
    private static final String PREFIX = "opencloud:";
    private final TeamAccess access;

    public TeamConnections(TeamAccess access) {
        this.access = access;
    }

    @Override
    public boolean joined() {
        return access.config().isPresent();
    }

    @Override
    public List<Connection> load() {
        Optional<TeamConfig> c = access.config();
        if (c.isEmpty()) {
            return List.of();
        }
        try (TeamSession s = access.open(c.get())) {
            return s.catalog().connections().stream().map(TeamConnections::toConnection).toList();
        }
    }

    @Override
    public void share(Connection c) {
        if (!SharedConnections.shareable(c)) {
            throw new InvalidInputException("Only Open Cloud connections can be shared with the team; \"" + c.name()
                    + "\" is a " + c.kind() + ", which means something else on each machine", "connection");
        }
        try (TeamSession s = access.open(required())) {
            s.catalog().saveConnection(new SharedConnection(c.name(), c.spec().substring(PREFIX.length()),
                    c.colour(), c.safety().name()));
        }
    }

    @Override
    public void unshare(String name) {
        try (TeamSession s = access.open(required())) {
            s.catalog().deleteConnection(name);
        }
    }

    private TeamConfig required() {
        return access.config().orElseThrow(() -> new InvalidInputException("No team database is set up: join one in "
                + "Settings → Team first", "team"));
    }

    static Connection toConnection(SharedConnection s) {
        SafetyLevel level;
        try {
            level = SafetyLevel.valueOf(s.safetyLevel());
        } catch (IllegalArgumentException unknown) {
            level = SafetyLevel.READ_ONLY;
        }
        return new Connection(s.name(), PREFIX + s.universe(), s.colour(), level, !s.universe().contains("@"));
    }
}
