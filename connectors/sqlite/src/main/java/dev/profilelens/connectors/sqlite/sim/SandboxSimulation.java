package dev.profilelens.connectors.sqlite.sim;

import dev.profilelens.connectors.sqlite.SqliteOrderedSourceProvider;
import dev.profilelens.connectors.sqlite.SqlitePresence;
import dev.profilelens.connectors.sqlite.SqliteProfileSourceProvider;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.SandboxServers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Simulated game servers on a sandbox file with everything they read and write through: the profile store (opened
 * with Roblox's version rule and a bounded WAL, ADR 0102), the servers' presence and the ordered stores of their
 * DataStore2 players (ADR 0181). One place for {@code profilelens sandbox --servers} and the window's own servers
 * (ADR 0271); {@link #close()} stops the servers (every lock released) and then closes the files.
 */
public final class SandboxSimulation implements SandboxServers {
    private final ProfileSource source;
    private final SqlitePresence presence;
    private final OrderedSource roster;
    private final SimulatedServers servers;

    private SandboxSimulation(ProfileSource source, SqlitePresence presence, OrderedSource roster,
                              SimulatedServers servers) {
        this.source = source;
        this.presence = presence;
        this.roster = roster;
        this.servers = servers;
    }

    /** Opens {@code file} and starts the servers; events go to {@code listener} from the server threads. */
    public static SandboxSimulation start(Path file, SimulationOptions options, SimulationListener listener) {
        String spec = "sqlite:" + file;
        ProfileSource source = new SqliteProfileSourceProvider().open(spec, Map.of("retention", "roblox"));
        @Nullable SqlitePresence presence = null;
        @Nullable OrderedSource roster = null;
        try {
            presence = SqlitePresence.forServers(file);
            roster = new SqliteOrderedSourceProvider().open(spec, Map.of());
            // each server reads and writes the ordered stores on its own connection
            Ds2Context ds2 = new Ds2Context(() -> new SqliteOrderedSourceProvider().open(spec, Map.of()), presence,
                    new Ds2Roster(source, roster));
            return new SandboxSimulation(source, presence, roster,
                    SimulatedServers.start(source, options, listener, ds2));
        } catch (RuntimeException e) {
            closeQuietly(roster, e);
            closeQuietly(presence, e);
            closeQuietly(source, e);
            throw e;
        }
    }

    private static void closeQuietly(@Nullable AutoCloseable c, RuntimeException failure) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }

    public SimulatedServers servers() {
        return servers;
    }

    @Override
    public int players() {
        return servers.players();
    }

    @Override
    public List<String> liveServers() {
        return servers.liveServers();
    }

    @Override
    public Map<String, Long> counts() {
        return servers.counts();
    }

    @Override
    public void retire(EntryRef ref) {
        servers.retire(ref);
    }

    @Override
    public void close() {
        try (ProfileSource s = source; SqlitePresence p = presence; OrderedSource r = roster) {
            servers.close();
        }
    }
}
