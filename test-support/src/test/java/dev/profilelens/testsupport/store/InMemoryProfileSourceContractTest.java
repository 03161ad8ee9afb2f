package dev.profilelens.testsupport.store;

import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.ProfileSource;
import java.time.Duration;
import java.time.Instant;

/** The reference in-memory source must meet the contract every connector meets. */
class InMemoryProfileSourceContractTest extends ProfileSourceContract {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));

    @Override
    protected ProfileSource newSource() {
        return new InMemoryProfileSource(clock);
    }

    @Override
    protected void advanceTime(Duration d) {
        clock.advance(d);
    }
}
