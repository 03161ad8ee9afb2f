package dev.profilelens.app.overview;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.app.widgets.Plurals;
import dev.profilelens.core.overview.StoreSurvey;
import dev.profilelens.core.overview.StoreSurveyor;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import org.jspecify.annotations.Nullable;

/**
 * The overview of one store of a connection: a scan reads the keys a page at a time, each page a task of its own on
 * the connection's ordered worker (so browsing and opening keys get their turn in between), and publishes the
 * figures when done. Local stores are scanned on selection; a remote one (Open Cloud, every key a request against
 * the budget) only when the user asks.
 */
public final class StoreOverviewViewModel {
    static final long MAX_KEYS = 100_000;
    static final int TOP = 10;
    private final ConnectionSession session;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<@Nullable StoreSurvey> survey = new ReadOnlyObjectWrapper<>(this, "survey");
    private final ReadOnlyStringWrapper store = new ReadOnlyStringWrapper(this, "store", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final LongProperty lifetimeUsers = new SimpleLongProperty(this, "lifetimeUsers", -1);
    private int generation;
    private final CompletableFuture<?> held;

    public StoreOverviewViewModel(ConnectionSession session, TaskExecutor tasks, Clock clock) {
        this(session, tasks, clock, CompletableFuture.completedFuture(null));
    }

    /**
     * As above; a local store selected before {@code held} completes is scanned when it does (a start lets the
     * user's first open go first, ADR 0268). {@code held} completes on the FX thread.
     */
    public StoreOverviewViewModel(ConnectionSession session, TaskExecutor tasks, Clock clock,
                                  CompletionStage<?> held) {
        this.session = session;
        this.tasks = tasks;
        this.clock = clock;
        this.held = held.toCompletableFuture();
    }

    //*** Properties ***//

    public ReadOnlyObjectProperty<@Nullable StoreSurvey> surveyProperty() {
        return survey.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storeProperty() {
        return store.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Lifetime users the storage limit is computed for; -1 until known (then the scan's distinct UserIds). */
    public LongProperty lifetimeUsersProperty() {
        return lifetimeUsers;
    }

    public ConnectionSession session() {
        return session;
    }

    /** Whether a store is scanned as soon as it is selected (local files: reading every key costs nothing). */
    public boolean scansOnSelection() {
        String spec = session.connection().spec();
        return spec.equals("sandbox") || spec.startsWith("sqlite:");
    }

    //*** Commands ***//

    /** Shows {@code name}: scanned at once when local, otherwise waiting for {@link #scan()}. */
    public void select(String name) {
        if (name.equals(store.get()) && (running.get() || survey.get() != null)) {
            return;
        }
        generation++;
        store.set(name);
        survey.set(null);
        running.set(false);
        progress.set(scansOnSelection() ? "" : "Scanning reads every key of " + name + " (one request each).");
        if (!scansOnSelection()) {
            return;
        }
        if (held.isDone()) {
            scan();
        } else {
            // the store shown when the hold ends is scanned, once: a scan started or done is not started again
            held.thenRun(() -> {
                if (!running.get() && survey.get() == null) {
                    scan();
                }
            });
        }
    }

    /** Reads every key of the selected store again. */
    public void scan() {
        String name = store.get();
        if (name.isEmpty()) {
            return;
        }
        int mine = ++generation;
        running.set(true);
        progress.set("Reading the keys of " + name + "…");
        step(mine, new Scan(name));
    }

    public void cancel() {
        if (running.get()) {
            generation++;
            running.set(false);
            progress.set("Scan stopped.");
        }
    }

    private void step(int mine, Scan scan) {
        tasks.execute(BackgroundTask.of("Scan " + scan.store, scan::next).onSuccess(more -> {
            if (mine != generation) {
                return;
            }
            if (more) {
                progress.set(Plurals.of(scan.keysRead(), "key") + " of " + scan.store + " read…");
                step(mine, scan);
                return;
            }
            StoreSurvey s = scan.result();
            survey.set(s);
            if (lifetimeUsers.get() < 0) {
                lifetimeUsers.set(Math.max(s.userIds(), s.keys()));
            }
            running.set(false);
            progress.set(s.complete() ? "" : "Stopped after " + Plurals.of(s.keys(), "key")
                    + ": the figures cover those keys only.");
        }).onFailure(e -> {
            if (mine == generation) {
                running.set(false);
                progress.set("Could not scan " + scan.store + ": " + e.getMessage());
            }
        }), session.lane());
    }

    /** One scan's state; its surveyor is made and used on the connection's worker only. */
    private final class Scan {
        private final String store;
        private volatile @Nullable StoreSurveyor surveyor;
        private volatile long read;

        Scan(String store) {
            this.store = store;
        }

        boolean next() {
            StoreSurveyor s = surveyor;
            if (s == null) {
                s = new StoreSurveyor(session.source(), store, clock, TOP, MAX_KEYS);
                surveyor = s;
            }
            boolean more = s.next();
            read = s.keysRead();
            return more;
        }

        long keysRead() {
            return read;
        }

        StoreSurvey result() {
            return Objects.requireNonNull(surveyor).result();
        }
    }
}
