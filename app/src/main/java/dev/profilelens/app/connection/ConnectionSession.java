package dev.profilelens.app.connection;

import dev.profilelens.core.concurrent.Daemons;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.provider.Providers;
import dev.profilelens.core.store.ProfileSource;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.jspecify.annotations.Nullable;

/**
 * An open connection: its source and its one ordered worker (style.md rule 17). Every call to the source runs on
 * {@link #lane()}, also when a scan, a watch or a follow-up on another thread makes it; the source is opened there on
 * first use, never on the FX thread.
 */
public final class ConnectionSession implements AutoCloseable {
    private final Providers providers;
    private final Connection connection;
    private final ExecutorService lane;
    private final ThreadLocal<Boolean> onLane = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private final Map<String, String> options;
    private volatile @Nullable ProfileSource source;

    public ConnectionSession(Providers providers, Connection connection, Map<String, String> options) {
        this.providers = providers;
        this.connection = connection;
        this.options = new HashMap<>(options);
        if (!connection.writable()) {
            this.options.put("readOnly", "true");
        }
        ThreadFactory named = Daemons.numbered("connection-" + connection.name());
        this.lane = Executors.newSingleThreadExecutor(r -> named.newThread(() -> {
            onLane.set(Boolean.TRUE);
            r.run();
        }));
    }

    /** For tests: a session over an already open source. */
    public ConnectionSession(Providers providers, Connection connection, ProfileSource source) {
        this(providers, connection, Map.of());
        this.source = new LaneSource(source, lane, onLane);
    }

    public Connection connection() {
        return connection;
    }

    /** The connectors this session's source, ordered stores, presence and user directory come from. */
    public Providers providers() {
        return providers;
    }

    /** The process's clock (lock ages, ETAs), as the composition root gave it to the connectors. */
    public Clock clock() {
        return providers.context().clock();
    }

    public ExecutorService lane() {
        return lane;
    }

    /**
     * The source, opened on first use. Every call on it runs on {@link #lane()} whichever thread makes it (a call
     * from another thread waits for its turn), so the connection's work queues in one line and shares its budget.
     */
    public ProfileSource source() {
        ProfileSource s = source;
        if (s != null) {
            return s;
        }
        // opened on the lane without holding this object's lock while waiting: a lane task may need it meanwhile
        return Boolean.TRUE.equals(onLane.get()) ? openHere() : onLane(this::openHere);
    }

    private synchronized ProfileSource openHere() {
        if (source == null) {
            source = new LaneSource(providers.openSource(connection.spec(), options), lane, onLane);
        }
        return source;
    }

    private ProfileSource onLane(Callable<ProfileSource> open) {
        try {
            return lane.submit(open).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("Cancelled while opening "
                    + connection.name(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        lane.execute(() -> {
            synchronized (this) {
                if (source != null) {
                    source.close();
                    source = null;
                }
            }
        });
        lane.shutdown();
    }
}
