package dev.profilelens.connectors.sqlite.sim;

import dev.profilelens.core.concurrent.Daemons;
import dev.profilelens.core.session.ServerTag;
import dev.profilelens.core.session.SessionMessaging;
import dev.profilelens.core.session.ThreadScheduler;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Runs N simulated game servers against a profile source on wall-clock time compressed by {@code speed}
 * (ADR 0041): every server has its own thread ({@code sim-server-<slot>}), a director thread
 * ({@code sim-director}) crashes a random server now and then and starts a replacement with a new JobId. ProfileStore
 * servers share one {@link SessionMessaging} (MessagingService), so their force-loads end sessions politely.
 * {@link #close()} stops the director and shuts every live server down cleanly (all locks released).
 */
public final class SimulatedServers implements AutoCloseable {
    private static final long PLACE_BASE = 4_811_000_000L;
    private static final Duration STOP_LIMIT = Duration.ofSeconds(20);

    private final ProfileSource source;
    private final SimulationOptions options;
    private final SimulationListener listener;
    private final PlayerPool pool;
    private final Random rnd;
    private final List<SimServer> slots = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final ThreadScheduler director;
    private final SessionMessaging messaging;
    private volatile boolean closed;
    private final @Nullable Ds2Context ds2;

    private SimulatedServers(ProfileSource source, SimulationOptions options, SimulationListener listener,
                             @Nullable Ds2Context ds2) {
        this.ds2 = ds2;
        this.source = source;
        this.options = options;
        this.listener = listener;
        this.rnd = new Random(options.seed());
        this.pool = new PlayerPool(source, options.stores());
        this.messaging = new SessionMessaging(options.wall(Duration.ofMillis(300)));
        this.director = new ThreadScheduler(Clock.systemUTC(), "sim-director");
        for (int i = 0; i < options.servers(); i++) {
            slots.add(newServer(i));
        }
        scheduleCrash();
    }

    /** Starts the servers; events go to {@code listener} from the server threads. */
    public static SimulatedServers start(ProfileSource source, SimulationOptions options,
                                         SimulationListener listener) {
        return new SimulatedServers(source, options, listener, null);
    }

    /** As {@link #start(ProfileSource, SimulationOptions, SimulationListener)}, also playing DataStore2 players. */
    public static SimulatedServers start(ProfileSource source, SimulationOptions options, SimulationListener listener,
                                         Ds2Context ds2) {
        return new SimulatedServers(source, options, listener, ds2);
    }

    private synchronized SimServer newServer(int slot) {
        ServerTag tag = new ServerTag(PLACE_BASE + slot, new UUID(rnd.nextLong(), rnd.nextLong()).toString());
        return new SimServer("sim-server-" + slot, tag, source, options, pool, messaging, this::emit, rnd.nextLong(),
                ds2);
    }

    private void emit(SimulationEvent e) {
        counts.computeIfAbsent(e.kind(), k -> new AtomicLong()).incrementAndGet();
        listener.onEvent(e);
    }

    private void scheduleCrash() {
        Duration mean = options.meanCrashInterval();
        if (mean.isZero() || closed) {
            return;
        }
        double factor = -Math.log(1 - rnd.nextDouble());
        Duration wait = options.wall(Duration.ofMillis((long) (mean.toMillis() * factor)));
        director.schedule(wait, () -> {
            if (closed) {
                return;
            }
            int slot = rnd.nextInt(slots.size());
            SimServer victim = slots.get(slot);
            if (victim.running()) {
                victim.crash();
                Duration restart = options.wall(Duration.ofSeconds(60 + rnd.nextInt(120)));
                director.schedule(restart, () -> {
                    if (!closed) {
                        slots.set(slot, newServer(slot));
                    }
                });
            }
            scheduleCrash();
        });
    }

    /** Events seen so far by kind (LOADED, SAVED, RELEASED, STOLE, SERVER_CRASHED, GIFT_SENT, ...). */
    public Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** The servers currently running, as {@code placeId/jobId}. */
    public List<String> liveServers() {
        List<String> out = new ArrayList<>();
        for (SimServer s : slots) {
            if (s.running()) {
                out.add(s.tag().display());
            }
        }
        return out;
    }

    /**
     * The player behind {@code ref} deleted their account (right to erasure): from now on they never join and nobody
     * sends them gifts. A session in progress goes on until the player is released.
     */
    public void retire(EntryRef ref) {
        pool.retire(ref);
    }

    /** Players of the pool (keys the servers play with). */
    public int players() {
        return pool.size() + (ds2 == null ? 0 : ds2.roster().size());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        director.close();
        List<Thread> stoppers = new ArrayList<>();
        for (SimServer s : slots) {
            stoppers.add(Daemons.start("sim-stop-" + s.tag().jobId(), () -> s.stop(STOP_LIMIT)));
        }
        for (Thread t : stoppers) {
            try {
                t.join(STOP_LIMIT.toMillis() + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
