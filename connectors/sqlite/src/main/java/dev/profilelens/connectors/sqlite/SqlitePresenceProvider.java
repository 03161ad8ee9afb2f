package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.ds2.Presence;
import dev.profilelens.core.ds2.PresenceProvider;
import dev.profilelens.core.store.ContextAware;
import dev.profilelens.core.store.ProviderContext;

/** Presence of the simulated servers for {@code sandbox} and {@code sqlite:PATH}. */
public final class SqlitePresenceProvider implements PresenceProvider, ContextAware {
    private final SqliteSpecs specs = new SqliteSpecs();

    @Override
    public void attach(ProviderContext context) {
        specs.attach(context);
    }

    @Override
    public boolean supports(String spec) {
        return SqliteSpecs.supports(spec);
    }

    @Override
    public Presence open(String spec) {
        return SqlitePresence.reader(specs.file(spec));
    }
}
