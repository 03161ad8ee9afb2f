package dev.profilelens.connectors.sqlite.seed;

import dev.profilelens.connectors.sqlite.SqliteSpecs;
import dev.profilelens.connectors.sqlite.sim.SandboxSimulation;
import dev.profilelens.connectors.sqlite.sim.SimulationOptions;
import dev.profilelens.core.store.ContextAware;
import dev.profilelens.core.store.ProviderContext;
import dev.profilelens.core.store.SandboxProvisioner;
import dev.profilelens.core.store.SandboxServers;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.sqlite.SQLiteJDBCLoader;

/** The sandbox file in the data directory, created by {@link SandboxFiles}. */
public final class SqliteSandboxProvisioner implements SandboxProvisioner, ContextAware {
    private final SqliteSpecs specs = new SqliteSpecs();

    @Override
    public void attach(ProviderContext context) {
        specs.attach(context);
    }

    @Override
    public boolean isReady() {
        return SandboxFiles.isSeeded(specs.sandboxFile());
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
        SandboxFiles.create(specs.sandboxFile(), profiles, seed, Instant.now(),
                progress::update, cancelled);
    }

    @Override
    public SandboxServers simulate(int servers, double speed, long seed) {
        return SandboxSimulation.start(specs.sandboxFile(), new SimulationOptions(servers, speed, seed), e -> { });
    }
}
