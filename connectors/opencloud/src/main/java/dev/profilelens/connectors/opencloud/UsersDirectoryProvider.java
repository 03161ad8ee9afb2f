package dev.profilelens.connectors.opencloud;

import dev.profilelens.core.find.UserDirectory;
import dev.profilelens.core.find.UserDirectoryProvider;
import java.time.Duration;
import java.util.Optional;

/**
 * The user directory of an {@code opencloud:} source: the real Users API for the real service, the same route on
 * the emulator (or any compatible base URL) for {@code opencloud:U@http://HOST:PORT}.
 */
public final class UsersDirectoryProvider implements UserDirectoryProvider {
    @Override
    public Optional<UserDirectory> open(String spec) {
        if (!spec.startsWith("opencloud:")) {
            return Optional.empty();
        }
        int at = spec.indexOf('@');
        String base = at < 0 ? UsersApiClient.REAL_BASE : spec.substring(at + 1);
        return Optional.of(new UsersApiClient(base, Duration.ofSeconds(10)));
    }
}
