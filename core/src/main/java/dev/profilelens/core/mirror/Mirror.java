package dev.profilelens.core.mirror;

import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.audit.index.ScanProgress;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.BatchReads;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.RequestBudget.Category;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Copies a source into a {@link MirrorTarget} (issue #21 item 2): stores in name order, keys of every scope in
 * the source's order, one page (up to 100 keys) per target transaction together with the position after it.
 * Every listing and read goes through the pacer, so the run stays within the read budget; a source without a
 * budget that reads many keys at once ({@link BatchReads}, a local store) answers each page in one query. Keys are
 * counted first (listing only) for progress and ETA. Pages are listed and read on a read-ahead thread while the
 * caller's thread commits them in order (ADR 0172). Blocking: run it on a worker, never on the FX thread.
 */
public final class Mirror {
    static final int PAGE = 100;
    /** The position after a store's last page: resume with the next store. */
    static final String STORE_DONE = "\u0000done";
    private final ProfileSource source;
    private final RequestPacer pacer;
    private final Clock clock;

    public Mirror(ProfileSource source, RequestPacer pacer, Clock clock) {
        this.source = source;
        this.pacer = pacer;
        this.clock = clock;
    }

    /** Runs (or resumes) the mirror; stops between keys when {@code cancelled} says so. */
    public MirrorResult run(MirrorRequest request, MirrorTarget target, Consumer<ScanProgress> progress,
                            BooleanSupplier cancelled) {
        Optional<String> resume = target.begin(source.describe(), request.describe());
        List<String> stores = stores(request);
        String startStore = resume.map(p -> p.substring(0, p.indexOf('\n'))).orElse(null);
        String startCursor = resume.map(p -> p.substring(p.indexOf('\n') + 1)).filter(c -> !c.isEmpty())
                .orElse(null);
        long total = 0;
        for (String s : stores) {
            total += countKeys(s, request.prefix());
        }
        long done = 0;
        long versions = 0;
        long t0 = clock.millis();
        // the next page is listed and read while this thread commits the last one
        try (PageAhead<Pending> ahead = new PageAhead<>("mirror-read", 2, put -> read(request, stores, startStore,
                startCursor, put, cancelled))) {
            for (Optional<Pending> next = ahead.next(); next.isPresent(); next = ahead.next()) {
                Pending p = next.get();
                target.commit(p.entries(), p.position());
                done += p.keys();
                versions += p.entries().stream().mapToLong(e -> e.versions().size()).sum();
                progress.accept(progress(done, Math.max(total, done), t0));
            }
            if (!ahead.complete()) {
                return new MirrorResult(done, versions, resume.isPresent(), false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new MirrorResult(done, versions, resume.isPresent(), false);
        }
        target.finish();
        return new MirrorResult(done, versions, resume.isPresent(), true);
    }

    /** A page read and not yet committed: its entries, how many keys it listed, the position after it. */
    private record Pending(List<MirroredEntry> entries, int keys, String position) {
    }

    /** On the read-ahead thread: every page of every store from the resume position; false when cancelled. */
    private boolean read(MirrorRequest request, List<String> stores, @Nullable String startStore,
                         @Nullable String startCursor, Predicate<Pending> put, BooleanSupplier cancelled) {
        // a source without a request budget that reads many keys at once (the SQLite store) reads a page per query
        BatchReads pages = source.capabilities().budget() == null && source.underlying() instanceof BatchReads b
                ? b : null;
        for (String store : stores) {
            if (startStore != null && (store.compareTo(startStore) < 0
                    || store.equals(startStore) && STORE_DONE.equals(startCursor))) {
                continue;
            }
            String cursor = store.equals(startStore) ? startCursor : null;
            do {
                pacer.acquire(Category.LIST);
                Page<EntryRef> page = source.listKeys(store, null, request.prefix(), cursor, PAGE);
                List<MirroredEntry> batch = new ArrayList<>(page.items().size());
                Map<EntryRef, StoredEntry> current = pages == null ? null : pages.readAll(page.items());
                for (int i = 0; i < page.items().size(); i++) {
                    if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                        return false;
                    }
                    EntryRef ref = page.items().get(i);
                    copy(ref, current == null ? readPaced(ref) : Optional.ofNullable(current.get(ref)),
                            request.versions())
                            .ifPresent(batch::add);
                }
                cursor = page.nextCursor();
                if (!put.test(new Pending(batch, page.items().size(), store + "\n"
                        + (cursor == null ? STORE_DONE : cursor)))) {
                    return false;
                }
            } while (cursor != null);
        }
        return true;
    }

    private ScanProgress progress(long done, long total, long t0) {
        double secs = Math.max(1e-3, (clock.millis() - t0) / 1000.0);
        double rate = done / secs;
        Duration eta = rate > 0 ? Duration.ofMillis((long) ((total - done) / rate * 1000)) : null;
        return new ScanProgress(done, total, rate, eta);
    }

    private List<String> stores(MirrorRequest request) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            pacer.acquire(Category.LIST);
            Page<DataStoreInfo> page = source.listDataStores("", cursor, PAGE);
            page.items().forEach(s -> all.add(s.name()));
            cursor = page.nextCursor();
        } while (cursor != null);
        if (request.stores().isEmpty()) {
            return all.stream().sorted().toList();
        }
        for (String s : request.stores()) {
            if (!all.contains(s) && !request.orderedStores().contains(s)) {
                throw new InvalidInputException("The store \"" + s + "\" does not exist in "
                        + source.describe() + " (neither a data store nor an ordered data store it lists; name an "
                        + "ordered store it cannot list with --ordered too); nothing was copied", "--stores");
            }
        }
        // a name the source has only as an ordered data store is left to OrderedMirror
        return request.stores().stream().filter(all::contains).sorted().distinct().toList();
    }

    private long countKeys(String store, String prefix) {
        long n = 0;
        String cursor = null;
        do {
            pacer.acquire(Category.LIST);
            Page<EntryRef> page = source.listKeys(store, null, prefix, cursor, PAGE);
            n += page.items().size();
            cursor = page.nextCursor();
        } while (cursor != null);
        return n;
    }

    /** A source with a request budget is read one key at a time, each read after its turn. */
    private Optional<StoredEntry> readPaced(EntryRef ref) {
        pacer.acquire(Category.READ);
        return source.read(ref);
    }

    private Optional<MirroredEntry> copy(EntryRef ref, Optional<StoredEntry> current, boolean allVersions) {
        if (current.isEmpty()) {
            return Optional.empty();
        }
        StoredEntry cur = current.get();
        if (!allVersions) {
            return Optional.of(new MirroredEntry(ref, cur.created(), List.of(version(cur))));
        }
        List<MirroredVersion> out = new ArrayList<>();
        String cursor = null;
        do {
            pacer.acquire(Category.LIST);
            Page<VersionInfo> page = source.listVersions(ref, VersionQuery.all(), cursor, PAGE);
            for (VersionInfo v : page.items()) {
                out.add(historical(ref, v, cur));
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        if (out.isEmpty() || !out.get(out.size() - 1).version().equals(cur.version())) {
            out.removeIf(v -> v.version().equals(cur.version()));
            out.add(version(cur));
        }
        return Optional.of(new MirroredEntry(ref, cur.created(), out));
    }

    private MirroredVersion historical(EntryRef ref, VersionInfo v, StoredEntry current) {
        if (v.deleted()) {
            return new MirroredVersion(v.version(), v.created(), null, List.of(), "{}");
        }
        if (v.version().equals(current.version())) {
            return version(current);
        }
        pacer.acquire(Category.READ);
        @Nullable StoredEntry e = source.readVersion(ref, v.version()).orElse(null);
        return e == null ? new MirroredVersion(v.version(), v.created(), null, List.of(), "{}") : version(e);
    }

    private static MirroredVersion version(StoredEntry e) {
        return new MirroredVersion(e.version(), e.updated(), e.value(), e.userIds(), e.attributesJson());
    }
}
