package dev.profilelens.app.ordered;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.ordered.OrderedSource;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A connection's ordered data stores for the app: opened on the connection's lane on first use (never on the FX
 * thread), every call made there, closed there. Views use one each and close it with their window.
 */
public final class OrderedAccess implements AutoCloseable {
    private final ConnectionSession session;
    private final TaskExecutor tasks;
    private final Supplier<OrderedSource> opener;
    private @Nullable OrderedSource source;

    public OrderedAccess(ConnectionSession session, TaskExecutor tasks, Supplier<OrderedSource> opener) {
        this.session = session;
        this.tasks = tasks;
        this.opener = opener;
    }

    /** The connection's own ordered stores (read-only when the connection is). */
    public static OrderedAccess of(ConnectionSession session, TaskExecutor tasks) {
        return new OrderedAccess(session, tasks, () -> session.providers().openOrdered(session.connection().spec(),
                session.connection().writable() ? Map.of() : Map.of("readOnly", "true")));
    }

    public ConnectionSession session() {
        return session;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    /** Runs {@code work} on the lane with the ordered source; callbacks on the FX thread. */
    public <T> BackgroundTask<T> task(String title, Function<OrderedSource, T> work) {
        Callable<T> c = () -> work.apply(source());
        return BackgroundTask.of(title, c);
    }

    public <T> void run(BackgroundTask<T> task) {
        tasks.execute(task, session.lane());
    }

    private synchronized OrderedSource source() {
        if (source == null) {
            source = opener.get();
        }
        return source;
    }

    @Override
    public void close() {
        session.lane().execute(() -> {
            synchronized (this) {
                if (source != null) {
                    source.close();
                    source = null;
                }
            }
        });
    }
}
