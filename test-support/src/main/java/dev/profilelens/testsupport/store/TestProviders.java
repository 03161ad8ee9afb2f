package dev.profilelens.testsupport.store;

import dev.profilelens.core.provider.Providers;
import dev.profilelens.core.store.ProviderContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

/**
 * The connectors on a test's class path, loaded once per test JVM over a temporary data directory (ADR 0221): what a
 * composition root would give the code under test. Sources opened through it share provider state (the Open Cloud
 * budget of a universe) as they do in the app.
 */
public final class TestProviders {
    private static final Providers INSTALLED = load();

    private TestProviders() {
    }

    public static Providers installed() {
        return INSTALLED;
    }

    private static Providers load() {
        try {
            return Providers.installed(new ProviderContext(Files.createTempDirectory("pl-test-data"),
                    Clock.systemUTC()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
