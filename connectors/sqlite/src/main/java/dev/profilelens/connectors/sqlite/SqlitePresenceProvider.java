package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.ds2.Presence;
import dev.profilelens.core.ds2.PresenceProvider;
import java.nio.file.Path;

/** Presence of the simulated servers for {@code sandbox} and {@code sqlite:PATH}. */
public final class SqlitePresenceProvider implements PresenceProvider {
    @Override
    public boolean supports(String spec) {
        return spec.equals(SqliteProfileSourceProvider.SANDBOX) || spec.startsWith("sqlite:");
    }

    @Override
    public Presence open(String spec) {
        return SqlitePresence.reader(spec.equals(SqliteProfileSourceProvider.SANDBOX)
                ? SqliteProfileSourceProvider.sandboxFile() : Path.of(spec.substring("sqlite:".length())));
    }
}
