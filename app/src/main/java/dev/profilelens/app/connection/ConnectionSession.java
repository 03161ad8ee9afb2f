package dev.profilelens.app.connection;

import dev.profilelens.app.task.FxTaskExecutor;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSources;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * An open connection: its source and its one ordered worker (style.md rule 17). Every call to the source runs on
 * {@link #lane()}; the source is opened there on first use, never on the FX thread.
 */
public final class ConnectionSession implements AutoCloseable {
    private final Connection connection;
    private final ExecutorService lane;
    private final Map<String, String> options;
    private @Nullable ProfileSource source;

    public ConnectionSession(Connection connection, Map<String, String> options) {
        this.connection = connection;
        this.options = new java.util.HashMap<>(options);
        if (!connection.writable()) {
            this.options.put("readOnly", "true");
        }
        this.lane = Executors.newSingleThreadExecutor(FxTaskExecutor.named("connection-" + connection.name()));
    }

    /** For tests: a session over an already open source. */
    public ConnectionSession(Connection connection, ProfileSource source) {
        this(connection, Map.of());
        this.source = source;
    }

    public Connection connection() {
        return connection;
    }

    public ExecutorService lane() {
        return lane;
    }

    /** The source, opened on first use. Call only from the lane (or a test thread). */
    public synchronized ProfileSource source() {
        if (source == null) {
            source = ProfileSources.open(connection.spec(), options);
        }
        return source;
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
