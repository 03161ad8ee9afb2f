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
        throw unknown(spec);
    }

    /** Saves a credential for the spec with its provider ({@link ProfileSourceProvider#saveCredential}). */
    public static boolean saveCredential(String spec, String secret) {
        for (ProfileSourceProvider p : ServiceLoader.load(ProfileSourceProvider.class)) {
            if (p.supports(spec)) {
                return p.saveCredential(spec, secret);
            }
        }
        throw unknown(spec);
    }

    private static InvalidInputException unknown(String spec) {
        return new InvalidInputException("Unknown source \"" + spec
                + "\": use sandbox, sqlite:PATH, opencloud:UNIVERSE_ID or opencloud:UNIVERSE_ID@http://127.0.0.1:PORT",
                "--source");
    }
}
