package dev.profilelens.core.store;

import dev.profilelens.core.error.InvalidInputException;
import java.util.Map;
import java.util.ServiceLoader;

/** Finds the provider for a source spec among those registered with ServiceLoader. */
public final class ProfileSources {
    private ProfileSources() {
    }

    public static ProfileSource open(String spec, Map<String, String> options) {
        for (ProfileSourceProvider p : ServiceLoader.load(ProfileSourceProvider.class)) {
            if (p.supports(spec)) {
                return p.open(spec, options);
            }
        }
        throw new InvalidInputException("Unknown source \"" + spec
                + "\": use sandbox, sqlite:PATH, opencloud:UNIVERSE_ID or opencloud:UNIVERSE_ID@http://127.0.0.1:PORT",
                "--source");
    }
}
