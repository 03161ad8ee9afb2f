package dev.profilelens.app.team;

import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.provider.Providers;
import dev.profilelens.core.team.TeamProvider;
import dev.profilelens.core.team.TeamSession;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The team database as this app sees it: its settings, its password and sessions opened through core's port (the
 * app never names the connector). The password is {@code PROFILELENS_TEAM_PASSWORD} when set (CI, scripts), else
 * the OS keychain entry saved by Settings → Team or {@code profilelens team join}; it is never written to a settings
 * file. Calls may block (keychain, network): never on the FX thread.
 */
public final class TeamAccess {
    /** What a write says when its log entry cannot be recorded because the team database is away. */
    public static final String UNREACHABLE = "The team log is unreachable; nothing was written";
    public static final String PASSWORD_ENV = "PROFILELENS_TEAM_PASSWORD";
    static final String SERVICE = "ProfileLens team database";

    private final Supplier<Optional<TeamConfig>> config;
    private final Path file;
    private final Providers providers;
    private final Map<String, String> variables;
    private final String osUser;

    public TeamAccess(Supplier<Optional<TeamConfig>> config, Path file, Providers providers,
                      Map<String, String> variables, String osUser) {
        this.config = config;
        this.file = file;
        this.providers = providers;
        this.variables = Map.copyOf(variables);
        this.osUser = osUser;
    }

    /** The team settings, or empty for one person working alone. */
    public Optional<TeamConfig> config() {
        return config.get();
    }

    /** Where the settings are kept. */
    public Path file() {
        return file;
    }

    public void save(TeamConfig c) {
        c.save(file);
    }

    /** Removes the team settings: this person works alone again. */
    public void clear() {
        TeamConfig.clear(file);
    }

    public TeamSession open(TeamConfig c) {
        return connect(c, password(c));
    }

    /** Connects with a password the person typed (checking login, schema and role). */
    public TeamSession connect(TeamConfig c, String password) {
        return provider().connect(c.settings(password));
    }

    /** Creates or upgrades the team schema as its owner; returns the schema version. */
    public int setUp(TeamConfig owner, String password) {
        return provider().setUp(owner.settings(password));
    }

    private TeamProvider provider() {
        return providers.team().orElseThrow(() -> new InvalidInputException(
                "This ProfileLens has no team database support installed", "team"));
    }

    /** Opens the team log of {@code c}, signed with its display name. */
    public TeamAuditLog openLog(TeamConfig c) {
        return TeamAuditLog.of(open(c), this, c);
    }

    /** The log as the team sees it, with the author's display name added to what this person records. */
    public AuditLog log(TeamSession s, TeamConfig c) {
        return new AuthoredAuditLog(s.auditLog(), c.author(osUser), c.url());
    }

    /** Refuses before anything is written when the login may not record writes (a viewer). */
    static void requireWritable(TeamSession s) {
        if (!s.role().canWrite()) {
            String role = s.role().name().toLowerCase(Locale.ROOT);
            throw new RefusedException("Your team database role is " + role
                    + ": ProfileLens is read-only for you (it never writes game data it cannot log); "
                    + "nothing was written.");
        }
    }

    static String account(TeamConfig c) {
        return c.user() + "@" + c.url();
    }

    String password(TeamConfig c) {
        String env = variables.get(PASSWORD_ENV);
        if (env != null && !env.isEmpty()) {
            return env;
        }
        Optional<String> stored = providers.secrets().flatMap(s -> s.find(SERVICE, account(c)));
        return stored.orElseThrow(() -> new InvalidInputException("No password for the team database login "
                + c.user() + ": enter it in Settings → Team (kept in the OS keychain) or set " + PASSWORD_ENV,
                "team password"));
    }

    /** Keeps the password in the keychain; false when none answers (then set {@value #PASSWORD_ENV}). */
    public boolean savePassword(TeamConfig c, String password) {
        return providers.secrets().map(s -> s.save(SERVICE, account(c), password)).orElse(false);
    }
}
