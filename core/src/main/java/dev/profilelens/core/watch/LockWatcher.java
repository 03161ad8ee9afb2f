package dev.profilelens.core.watch;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Polls watched keys and prefixes and derives lock events from successive readings. Each cycle lists the watched
 * prefixes (LIST requests), reads every watched key (READ requests), appends the events to each key's bounded
 * timeline and hands the cycle's events to the listeners, all on the scheduler's thread. The next cycle is
 * scheduled after the interval {@link PollPacing} says the budget can afford. A key that drops out of a prefix
 * listing is judged missing without a read.
 */
public final class LockWatcher implements AutoCloseable {
    private static final int PAGE = 100;
    private static final Comparator<EntryRef> ORDER = Comparator.comparing(EntryRef::store)
            .thenComparing(EntryRef::scope).thenComparing(EntryRef::key);

    private final ProfileSource source;
    private final Clock clock;
    private final WatchScheduler scheduler;
    private final PollPacing pacing;
    private final int timelineCapacity;
    private final int maxKeysPerPrefix;
    /** Keys listed under the prefixes in the last cycle, and whether the cap cut the listing short. */
    private volatile int lastListed;
    private volatile boolean lastCapped;
    private final RequestMeter meter;
    private final Set<EntryRef> keys = ConcurrentHashMap.newKeySet();
    private final Set<WatchedPrefix> prefixes = ConcurrentHashMap.newKeySet();
    private final Map<EntryRef, LockSnapshot> latest = new ConcurrentHashMap<>();
    private final Map<EntryRef, KeyTimeline> timelines = new ConcurrentHashMap<>();
    private final Set<EntryRef> listedLastCycle = ConcurrentHashMap.newKeySet();
    private final List<LockWatchListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Duration interval;
    private volatile WatchScheduler.@Nullable Scheduled next;
    private volatile boolean running;

    public LockWatcher(ProfileSource source, Clock clock, WatchScheduler scheduler, PollPacing pacing,
                       int timelineCapacity, int maxKeysPerPrefix) {
        this.source = source;
        this.clock = clock;
        this.scheduler = scheduler;
        this.pacing = pacing;
        this.timelineCapacity = timelineCapacity;
        this.maxKeysPerPrefix = maxKeysPerPrefix;
        this.meter = new RequestMeter(clock);
        this.interval = pacing.minimum();
    }

    /** Defaults: half the source's budget, 200 events per key, at most 1,000 keys per prefix. */
    public static LockWatcher create(ProfileSource source, Clock clock, WatchScheduler scheduler, Duration minimum) {
        return new LockWatcher(source, clock, scheduler,
                new PollPacing(source.capabilities().budget(), PollPacing.DEFAULT_SHARE, minimum), 200, 1000);
    }

    public void watchKey(EntryRef ref) {
        keys.add(ref);
    }

    public void unwatchKey(EntryRef ref) {
        keys.remove(ref);
        forget(ref);
    }

    public void watchPrefix(WatchedPrefix prefix) {
        prefixes.add(prefix);
    }

    public void unwatchPrefix(WatchedPrefix prefix) {
        prefixes.remove(prefix);
    }

    public void addListener(LockWatchListener listener) {
        listeners.add(listener);
    }

    public void removeListener(LockWatchListener listener) {
        listeners.remove(listener);
    }

    /** Runs the first cycle now (on the scheduler) and keeps polling until {@link #close()}. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        next = scheduler.schedule(this::cycleAndReschedule, Duration.ZERO);
    }

    @Override
    public synchronized void close() {
        running = false;
        WatchScheduler.Scheduled n = next;
        if (n != null) {
            n.cancel();
        }
    }

    /** The events of one key, oldest first (bounded). */
    public List<LockEvent> timeline(EntryRef ref) {
        KeyTimeline t = timelines.get(ref);
        return t == null ? List.of() : t.events();
    }

    public Optional<LockSnapshot> latest(EntryRef ref) {
        return Optional.ofNullable(latest.get(ref));
    }

    /** Requests this watcher made in the last minute. */
    /** True when the last cycle stopped listing at the cap ({@code maxKeysPerPrefix} per prefix). */
    public boolean listingCapped() {
        return lastCapped;
    }

    /** The request budget the watch paces itself by (null for sources without one). */
    public dev.profilelens.core.store.@Nullable RequestBudget budget() {
        return pacing.budget();
    }

    /** Keys the last cycle listed under the watched prefixes. */
    public int listedKeys() {
        return lastListed;
    }

    public int requestsPerMinute() {
        return meter.perMinute();
    }

    /** The refresh interval the budget currently affords (the wait between cycles). */
    public Duration refreshInterval() {
        return interval;
    }

    /** The keys read in the last cycle (explicit keys and prefix members), in order. */
    public List<EntryRef> watchedKeys() {
        TreeSet<EntryRef> all = new TreeSet<>(ORDER);
        all.addAll(keys);
        all.addAll(listedLastCycle);
        return List.copyOf(all);
    }

    private void cycleAndReschedule() {
        if (!running) {
            return;
        }
        try {
            pollOnce();
        } catch (RuntimeException e) {
            // a listener or the source broke in an unexpected way: report as an error and keep polling
            InspectorException ie = e instanceof InspectorException x ? x
                    : new InspectorException("lock watch poll failed: " + e, e);
            listeners.forEach(l -> l.onError(null, ie));
        }
        synchronized (this) {
            if (running) {
                next = scheduler.schedule(this::cycleAndReschedule, interval);
            }
        }
    }

    /** One poll cycle on the calling thread; returns the events it produced (also sent to listeners). */
    public List<LockEvent> pollOnce() {
        int lists = 0;
        TreeSet<EntryRef> toRead = new TreeSet<>(ORDER);
        toRead.addAll(keys);
        Set<EntryRef> listed = new TreeSet<>(ORDER);
        boolean listingsComplete = true;
        boolean cut = false;
        for (WatchedPrefix p : prefixes) {
            String cursor = null;
            try {
                do {
                    Page<EntryRef> page = source.listKeys(p.store(), p.scope(), p.prefix(), cursor, PAGE);
                    lists++;
                    for (EntryRef r : page.items()) {
                        if (listed.size() < maxKeysPerPrefix * prefixes.size()) {
                            listed.add(r);
                        } else {
                            cut = true;
                        }
                    }
                    cursor = page.nextCursor();
                } while (cursor != null && listed.size() < maxKeysPerPrefix * prefixes.size());
                cut |= cursor != null;
            } catch (InspectorException e) {
                listingsComplete = false;
                listeners.forEach(l -> l.onError(null, e));
            }
        }
        meter.record(lists);
        lastListed = listed.size();
        lastCapped = cut;
        toRead.addAll(listed);
        List<LockEvent> events = new ArrayList<>();
        int reads = 0;
        for (EntryRef ref : toRead) {
            try {
                Optional<StoredEntry> entry = source.read(ref);
                reads++;
                meter.record(1);
                record(ref, LockSnapshot.of(entry.orElse(null), clock.instant()), events);
            } catch (InspectorException e) {
                reads++;
                meter.record(1);
                listeners.forEach(l -> l.onError(ref, e));
            }
        }
        if (listingsComplete) {
            for (EntryRef gone : listedLastCycle) {
                if (!toRead.contains(gone)) {
                    record(gone, LockSnapshot.of(null, clock.instant()), events);
                }
            }
            listedLastCycle.clear();
            listedLastCycle.addAll(listed);
        } else {
            listedLastCycle.addAll(listed);
        }
        interval = pacing.intervalFor(reads, lists);
        if (!events.isEmpty()) {
            List<LockEvent> batch = List.copyOf(events);
            listeners.forEach(l -> l.onEvents(batch));
        }
        return events;
    }

    private void record(EntryRef ref, LockSnapshot snap, List<LockEvent> out) {
        LockSnapshot prev = latest.put(ref, snap);
        List<LockEvent> derived = LockEventDeriver.derive(ref, prev, snap);
        KeyTimeline t = timelines.computeIfAbsent(ref, r -> new KeyTimeline(timelineCapacity));
        derived.forEach(t::add);
        out.addAll(derived);
    }

    private void forget(EntryRef ref) {
        latest.remove(ref);
        timelines.remove(ref);
    }
}
