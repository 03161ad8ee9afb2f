package dev.profilelens.app.watch;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.notify.Notifier;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.lock.LockStatus;
import dev.profilelens.core.store.BudgetStatus;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.RequestBudget;
import dev.profilelens.core.watch.LockEvent;
import dev.profilelens.core.watch.LockEventKind;
import dev.profilelens.core.watch.LockWatchListener;
import dev.profilelens.core.watch.LockWatcher;
import dev.profilelens.core.watch.WatchScheduler;
import dev.profilelens.core.watch.WatchedPrefix;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The watch panel's state for one connection: a {@link LockWatcher} polling within the connection's request
 * budget on its own named thread; events are queued and handed to the UI thread in batches (one hand-over at a
 * time however many events arrive), where they update the rows, the selected key's timeline and the notices.
 * Watched profiles that became free in a batch are announced in one desktop notification.
 */
public final class WatchViewModel implements AutoCloseable {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final ConnectionSession session;
    private final Executor ui;
    private final Notifier notifier;
    private final ObservableList<WatchRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> timeline = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper budget = new ReadOnlyStringWrapper(this, "budget", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ConcurrentLinkedQueue<LockEvent> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean handOverQueued = new AtomicBoolean();
    private final List<LockEvent> history = new ArrayList<>();
    private @Nullable LockWatcher watcher;
    private @Nullable WatchScheduler scheduler;
    private @Nullable EntryRef selected;

    public WatchViewModel(ConnectionSession session, Executor ui, Notifier notifier) {
        this.session = session;
        this.ui = ui;
        this.notifier = notifier;
    }

    /** Watches {@code text}: a key, or every key under a prefix when it ends with {@code *}. */
    public void add(String store, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return;
        }
        LockWatcher w = watcher();
        if (t.endsWith("*")) {
            w.watchPrefix(new WatchedPrefix(store, "global", t.substring(0, t.length() - 1)));
        } else {
            w.watchKey(EntryRef.of(store, t));
        }
        refreshBudget();
    }

    public void remove(WatchRow row) {
        if (watcher != null) {
            watcher.unwatchKey(row.ref());
        }
        rows.remove(row);
    }

    public void select(@Nullable EntryRef ref) {
        selected = ref;
        showTimeline();
    }

    private synchronized LockWatcher watcher() {
        if (watcher == null) {
            scheduler = WatchScheduler.singleThread("profilelens-watch-" + session.connection().name());
            watcher = LockWatcher.create(session.source(), session.clock(), scheduler, Duration.ofSeconds(2));
            watcher.addListener(new LockWatchListener() {
                @Override
                public void onEvents(List<LockEvent> events) {
                    pending.addAll(events);
                    if (handOverQueued.compareAndSet(false, true)) {
                        ui.execute(WatchViewModel.this::drain);
                    }
                }

                @Override
                public void onError(@Nullable EntryRef key, InspectorException error) {
                    ui.execute(() -> notice.set("Could not read " + (key == null ? "the listing" : key.key()) + ": "
                            + error.userMessage()));
                }
            });
            watcher.start();
        }
        return watcher;
    }

    /** On the UI thread: applies every queued event at once. */
    void drain() {
        handOverQueued.set(false);
        List<LockEvent> batch = new ArrayList<>();
        for (LockEvent e = pending.poll(); e != null; e = pending.poll()) {
            batch.add(e);
        }
        List<LockEvent> freed = new ArrayList<>();
        for (LockEvent e : batch) {
            history.add(e);
            WatchRow row = WatchRow.of(e);
            int at = indexOf(e.key());
            if (at < 0) {
                rows.add(row);
            } else {
                rows.set(at, row);
            }
            if (e.kind() == LockEventKind.RELEASED && e.status() == LockStatus.FREE) {
                notice.set(e.key().key() + " is free now (released at " + TIME.format(e.at()) + ")");
                freed.add(e);
            }
        }
        announce(freed);
        showTimeline();
        refreshBudget();
    }

    private void announce(List<LockEvent> freed) {
        if (freed.isEmpty()) {
            return;
        }
        String where = session.connection().name();
        if (freed.size() == 1) {
            LockEvent e = freed.get(0);
            notifier.notify(e.key().key() + " is free", e.key().store() + " on " + where + ": released at "
                    + TIME.format(e.at()) + ". It can be edited now.");
            return;
        }
        List<String> keys = freed.stream().map(e -> e.key().key()).distinct().toList();
        String shown = String.join(", ", keys.subList(0, Math.min(5, keys.size())))
                + (keys.size() > 5 ? " and " + (keys.size() - 5) + " more" : "");
        notifier.notify(keys.size() + " watched profiles are free", shown + " on " + where + ".");
    }

    /** Requests per minute used and the refresh interval the budget allows. */
    public void refreshBudget() {
        LockWatcher w = watcher;
        if (w != null) {
            budget.set(w.requestsPerMinute() + " requests/min · refresh every "
                    + Math.max(1, w.refreshInterval().toMillis() / 1000) + " s · " + rows.size() + " keys"
                    + (w.listingCapped() ? " · " + BudgetStatus.partial(w.listedKeys(), null,
                    "keys listed under the prefix (the watch lists at most 1,000 per prefix)") : ""));
        }
    }

    private void showTimeline() {
        List<String> lines = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            LockEvent e = history.get(i);
            if (e.key().equals(selected)) {
                lines.add(TIME.format(e.at()) + "  " + e.kind().jsonName().replace('_', ' ')
                        + (e.owner() == null ? "" : "  by " + e.owner().display())
                        + (e.loadCount() == null ? "" : "  · loads " + e.loadCount()));
            }
        }
        timeline.setAll(lines);
    }

    private int indexOf(EntryRef ref) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).ref().equals(ref)) {
                return i;
            }
        }
        return -1;
    }

    public ObservableList<WatchRow> rows() {
        return rows;
    }

    public ObservableList<String> timeline() {
        return timeline;
    }

    /** The connection's request budget once the watch runs (null before, or for local files). */
    public @Nullable RequestBudget requestBudget() {
        LockWatcher w = watcher;
        return w == null ? null : w.budget();
    }

    public ReadOnlyStringProperty budgetProperty() {
        return budget.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (scheduler != null) {
            scheduler.close();
        }
        watcher = null;
        scheduler = null;
    }
}
