package dev.profilelens.app.env;

import dev.profilelens.core.provider.Providers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Environments for tests (ADR 0221): a data directory of the test's own, the real clock, the user "tester" and this
 * process's environment variables (the team tests' password, the emulator key). No system property is set.
 */
public final class TestEnvironments {
    public static final String USER = "tester";

    private TestEnvironments() {
    }

    public static Environment in(Path home) {
        return Environment.of(home, Clock.systemUTC(), USER, System.getenv());
    }

    /** A fresh temporary data directory, for tests that never look at it. */
    public static Environment temporary() {
        try {
            return in(Files.createTempDirectory("pl-test-home"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The installed connectors over a fresh temporary data directory. */
    public static Providers providers() {
        return temporary().providers();
    }
}
