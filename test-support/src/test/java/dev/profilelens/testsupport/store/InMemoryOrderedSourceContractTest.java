package dev.profilelens.testsupport.store;

import dev.profilelens.core.ordered.InMemoryOrderedSource;
import dev.profilelens.core.ordered.OrderedSource;

/** The ordered contract against the in-memory source used by core and app tests. */
class InMemoryOrderedSourceContractTest extends OrderedSourceContract {
    @Override
    protected OrderedSource newSource() {
        return new InMemoryOrderedSource();
    }
}
