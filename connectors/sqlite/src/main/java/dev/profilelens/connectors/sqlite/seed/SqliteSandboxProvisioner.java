package dev.profilelens.connectors.sqlite.seed;

import dev.profilelens.connectors.sqlite.SqliteProfileSourceProvider;
import dev.profilelens.core.store.SandboxProvisioner;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** The sandbox file in the data directory, created by {@link SandboxFiles}. */
public final class SqliteSandboxProvisioner implements SandboxProvisioner {

    @Override
    public boolean isReady() {
        return SandboxFiles.isSeeded(SqliteProfileSourceProvider.sandboxFile());
    }

    @Override
    public void create(int profiles, long seed, Progress progress, BooleanSupplier cancelled) {
        SandboxFiles.create(SqliteProfileSourceProvider.sandboxFile(), profiles, seed, Instant.now(),
                progress::update, cancelled);
    }
}
