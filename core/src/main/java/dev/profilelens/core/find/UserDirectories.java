package dev.profilelens.core.find;

import dev.profilelens.core.error.InvalidInputException;
import java.time.Clock;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the user directory for a source spec among the registered providers, wrapped in a cache. The caller
 * keeps it for the life of the connection so its cache serves repeated searches.
 */
public final class UserDirectories {
    private UserDirectories() {
    }

    public static UserDirectory forSource(String spec) {
        return new CachingUserDirectory(lookup(spec), Clock.systemUTC());
    }

    private static UserDirectory lookup(String spec) {
        for (UserDirectoryProvider p : ServiceLoader.load(UserDirectoryProvider.class)) {
            Optional<UserDirectory> d = p.open(spec);
            if (d.isPresent()) {
                return d.get();
            }
        }
        throw new InvalidInputException("No user directory serves \"" + spec + "\": search by UserId instead",
                "--source");
    }
}
