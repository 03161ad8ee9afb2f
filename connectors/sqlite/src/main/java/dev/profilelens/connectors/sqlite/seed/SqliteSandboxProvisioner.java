package dev.profilelens.connectors.sqlite.seed;

import dev.profilelens.connectors.sqlite.SqliteProfileSourceProvider;
import dev.profilelens.core.store.SandboxProvisioner;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.sqlite.SQLiteJDBCLoader;

/** The sandbox file in the data directory, created by {@link SandboxFiles}. */
public final class SqliteSandboxProvisioner implements SandboxProvisioner {

    @Override
    public boolean isReady() {
        return SandboxFiles.isSeeded(SqliteProfileSourceProvider.sandboxFile());
    }

    /** Extracts and loads SQLite's native library (about 200 ms on a cold start). */
    @Override
    public void prepare() {
        try {
            SQLiteJDBCLoader.initialize();
        } catch (Exception e) {
            // the first real open reports it, with the store's name
        }
    }

    @Override
    public void create(int profiles, long seed, Progress progress, BooleanSupplier cancelled) {
        SandboxFiles.create(SqliteProfileSourceProvider.sandboxFile(), profiles, seed, Instant.now(),
                progress::update, cancelled);
    }
}
