package dev.profilelens.app.mirror;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.audit.index.ScanProgress;
import dev.profilelens.core.audit.index.Sleeper;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.mirror.Mirror;
import dev.profilelens.core.mirror.MirrorRequest;
import dev.profilelens.core.mirror.MirrorResult;
import dev.profilelens.core.mirror.MirrorTarget;
import dev.profilelens.core.mirror.OrderedMirror;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.ProfileSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;

/**
 * The mirror dialog's state. The copy runs on the shared pool; each of its source calls queues on the connection's
 * lane (so browsing goes on between them) and is paced to 97 % of the read budget (ADR 0151). Ordered stores follow
 * the standard ones (ADR 0171). At the end the copy is added as a read-only connection and opened.
 */
public final class MirrorViewModel {
    private final Clock clock;
    private final ConnectionSession session;
    private final TaskExecutor tasks;
    private final Consumer<Runnable> fx;
    private final Consumer<Connection> openCopy;
    private final StringProperty stores = new SimpleStringProperty(this, "stores", "");
    private final StringProperty prefix = new SimpleStringProperty(this, "prefix", "");
    private final BooleanProperty versions = new SimpleBooleanProperty(this, "versions");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final StringProperty status = new SimpleStringProperty(this, "status",
            "Choose what to copy and the file to copy it into, then Start.");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** {@code openCopy}: adds and opens the finished copy as a connection (called on the FX thread). */
    public MirrorViewModel(ConnectionSession session, TaskExecutor tasks, Clock clock, Consumer<Runnable> fx,
                       Consumer<Connection> openCopy) {
        this.clock = clock;
        this.session = session;
        this.tasks = tasks;
        this.fx = fx;
        this.openCopy = openCopy;
    }

    public StringProperty storesProperty() {
        return stores;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public BooleanProperty versionsProperty() {
        return versions;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Starts (or resumes: the same file and options) the mirror. Bad options are shown, nothing is started. */
    public void start() {
        String file = target.get().strip();
        if (file.isEmpty()) {
            status.set("Choose the file to copy into (a new .db file, or an unfinished mirror to resume).");
            return;
        }
        List<String> only = Arrays.stream(stores.get().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        MirrorRequest request = new MirrorRequest(only, prefix.get().strip(), versions.get());
        cancelled.set(false);
        running.set(true);
        progress.set(-1);
        status.set("Counting keys in " + session.connection().name() + "…");
        tasks.execute(BackgroundTask.of("Mirror", () -> copy(request, Path.of(file).toAbsolutePath()))
                .onSuccess(done -> {
                    running.set(false);
                    status.set(done.message());
                    if (done.complete()) {
                        progress.set(1);
                        openCopy.accept(new Connection("Mirror of " + session.connection().name() + " ("
                                + Path.of(file).getFileName() + ")", "sqlite:" + Path.of(file).toAbsolutePath(),
                                "#6b46c1", SafetyLevel.READ_ONLY, false));
                    }
                })
                .onFailure(e -> {
                    running.set(false);
                    status.set((e instanceof InspectorException ie ? ie.userMessage() : String.valueOf(e))
                            + "\nStart again with the same file and options to resume.");
                }));
    }

    /** Stops after the key being copied; the file keeps every finished page and resumes later. */
    public void cancel() {
        cancelled.set(true);
        status.set("Stopping after the current key…");
    }

    private record Done(boolean complete, String message) {
    }

    private Done copy(MirrorRequest asked, Path file) {
        ProfileSource source = session.source();
        try (OrderedSource ordered = openOrdered();
             MirrorTarget to = session.providers().mirrorTarget("sqlite:" + file).orElseThrow(() ->
                new InvalidInputException("No mirror target opens sqlite:" + file))) {
            List<OrderedStoreRef> orderedStores = ordered == null ? List.of() : new OrderedMirror(ordered)
                    .stores(List.of(), asked.stores(), asked.stores());
            // a store named that exists only as an ordered store is copied below, not refused by the mirror
            MirrorRequest request = new MirrorRequest(asked.stores(), asked.prefix(), asked.versions(),
                    orderedStores);
            RequestPacer pacer = new RequestPacer(source.capabilities().budget(), 0.97, clock,
                    Sleeper.real());
            MirrorResult r = new Mirror(source, ordered, pacer, clock).run(request, to,
                    p -> fx.accept(() -> show(p)), cancelled::get);
            if (!r.complete()) {
                return new Done(false, String.format(Locale.ROOT, "Stopped after %,d keys and %,d ordered entries; "
                        + "Start again with the same file and options to resume.", r.keys(), r.orderedEntries()));
            }
            return new Done(true, String.format(Locale.ROOT, "Copied %,d keys, %,d versions and %,d ordered entries "
                    + "into %s; opened read-only.", r.keys(), r.versions(), r.orderedEntries(), file));
        }
    }

    private @Nullable OrderedSource openOrdered() {
        try {
            return session.providers().openOrdered(session.connection().spec(), Map.of("readOnly", "true"));
        } catch (InvalidInputException none) {
            return null;
        }
    }

    private void show(ScanProgress p) {
        progress.set(p.total() == 0 ? 1 : p.fraction());
        status.set(String.format(Locale.ROOT, "Copied %,d of %,d keys (%.0f %%) · %.1f keys/s · ETA %s", p.done(),
                p.total(), p.fraction() * 100, p.perSecond(), p.eta() == null ? "unknown" : eta(p.eta())));
    }

    private static String eta(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? s / 3600 + " h " + s % 3600 / 60 + " min" : s >= 60 ? s / 60 + " min " + s % 60 + " s"
                : s + " s";
    }
}
