package dev.profilelens.testsupport.store;

import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.ProfileSource;
import java.time.Clock;

/** The reference implementation passes the contract. */
class InMemoryProfileSourceContractTest extends ProfileSourceContract {
    @Override
    protected ProfileSource newSource() {
        return new InMemoryProfileSource(Clock.systemUTC());
    }
}
