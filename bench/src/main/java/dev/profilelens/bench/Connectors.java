package dev.profilelens.bench;

import dev.profilelens.core.provider.Providers;
import dev.profilelens.core.store.ProviderContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

/** A harness is a program of its own: its composition root loads the connectors once (ADR 0221). */
public final class Connectors {
    private static final Providers INSTALLED = load();

    private Connectors() {
    }

    public static Providers installed() {
        return INSTALLED;
    }

    private static Providers load() {
        try {
            return Providers.installed(new ProviderContext(Files.createTempDirectory("pl-bench-data"),
                    Clock.systemUTC()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
