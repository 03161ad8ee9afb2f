package dev.profilelens.app.env;

import dev.profilelens.app.team.AuditLogs;
import dev.profilelens.app.team.TeamAccess;
import dev.profilelens.app.team.TeamConfig;
import dev.profilelens.core.provider.Providers;
import dev.profilelens.core.store.DataDirectory;
import dev.profilelens.core.store.ProviderContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the app takes from the process it runs in (ADR 0221): the data directory, the clock, the
 * operating-system user, the environment variables it reads, and the connectors, loaded once. The launcher builds
 * one; CLI commands receive it through their constructor and windows through {@code AppContext}. Nothing else
 * reads system properties, the environment or {@code ServiceLoader}, so a test builds its own.
 */
public record Environment(Path home, Clock clock, String user, Map<String, String> variables, Providers providers) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** The process's own: {@code profilelens.home} / {@code PROFILELENS_HOME} / the OS data folder, UTC, env. */
    public static Environment ofSystem() {
        Map<String, String> env = System.getenv();
        return of(DataDirectory.resolve(System.getProperties(), env), Clock.systemUTC(),
                System.getProperty("user.name", "unknown"), env);
    }

    public static Environment of(Path home, Clock clock, String user, Map<String, String> variables) {
        return new Environment(home, clock, user, variables,
                Providers.installed(new ProviderContext(home, clock)));
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isEmpty());
    }

    /** A file or folder in the data directory. */
    public Path file(String name) {
        return home.resolve(name);
    }

    /** The team database as configured in this data directory's {@code team.json}. */
    public TeamAccess team() {
        Path file = file(TeamConfig.FILE);
        return new TeamAccess(() -> TeamConfig.load(file, clock), file, providers, variables, user);
    }

    /** The team database of a given configuration (tests, and a configuration not saved yet). */
    public TeamAccess team(TeamConfig config) {
        return new TeamAccess(() -> Optional.of(config), file(TeamConfig.FILE), providers, variables, user);
    }

    /** The audit logs: the team's when configured, else {@code audit.db} here. */
    public AuditLogs auditLogs() {
        return auditLogs(team());
    }

    /** The audit logs as {@code team} sees them: its log when it is set up, else {@code audit.db} here. */
    public AuditLogs auditLogs(TeamAccess team) {
        return new AuditLogs(team, providers, home);
    }
}
