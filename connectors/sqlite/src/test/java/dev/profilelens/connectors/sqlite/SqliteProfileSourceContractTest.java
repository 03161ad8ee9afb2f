package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.testsupport.store.MutableClock;
import dev.profilelens.testsupport.store.ProfileSourceContract;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store meets the ProfileSource contract. */
class SqliteProfileSourceContractTest extends ProfileSourceContract {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));

    @Override
    protected ProfileSource newSource() {
        return new SqliteProfileSource(dir.resolve("store.db"), SqliteOptions.defaults().withClock(clock));
    }

    @Override
    protected void advanceTime(Duration d) {
        clock.advance(d);
    }
}
