package dev.profilelens.app.team;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.team.SecretStore;
import java.util.Optional;

/**
 * The team database password: {@code PROFILELENS_TEAM_PASSWORD} when set (CI, scripts), else the OS keychain entry
 * saved by Settings → Team or {@code profilelens team join}. Never written to a settings file. May block briefly
 * (keychain): never on the FX thread.
 */
public final class TeamPassword {
    static final String SERVICE = "ProfileLens team database";
    static final String ENV = "PROFILELENS_TEAM_PASSWORD";

    private TeamPassword() {
    }

    static String account(TeamConfig c) {
        return c.user() + "@" + c.url();
    }

    public static String find(TeamConfig c) {
        String env = System.getenv(ENV);
        if (env != null && !env.isEmpty()) {
            return env;
        }
        Optional<String> stored = SecretStore.find().flatMap(s -> s.find(SERVICE, account(c)));
        return stored.orElseThrow(() -> new InvalidInputException("No password for the team database login "
                + c.user() + ": enter it in Settings → Team (kept in the OS keychain) or set " + ENV,
                "team password"));
    }

    /** Keeps the password in the keychain; false when none answers (then set {@value #ENV}). */
    public static boolean save(TeamConfig c, String password) {
        return SecretStore.find().map(s -> s.save(SERVICE, account(c), password)).orElse(false);
    }
}
