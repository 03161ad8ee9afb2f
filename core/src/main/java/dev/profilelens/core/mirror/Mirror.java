package dev.profilelens.core.mirror;

import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.audit.index.ScanProgress;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedSource;
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
 * the source's order, one page (up to 100 keys) per target transaction together with the store's position after it;
 * then the ordered data stores asked for ({@link OrderedMirror}).
 * Every listing and read goes through the pacer, so the run stays within the read budget; a source without a
 * budget that reads many keys at once ({@link BatchReads}, a local store) answers each page in one query. Keys are
 * counted first (listing only) for progress and ETA. Pages are listed and read on a read-ahead thread while the
 * caller's thread commits them in order (ADR 0172). Blocking: run it on a worker, never on the FX thread.
 */
public final class Mirror {
    static final int PAGE = 100;
    private final ProfileSource source;
    private final @Nullable OrderedSource ordered;
    private final RequestPacer pacer;
    private final Clock clock;

    public Mirror(ProfileSource source, RequestPacer pacer, Clock clock) {
        this(source, null, pacer, clock);
    }

    /** {@code ordered}: the source's ordered data stores, read for {@link MirrorRequest#ordered} (null: none). */
    public Mirror(ProfileSource source, @Nullable OrderedSource ordered, RequestPacer pacer, Clock clock) {
        this.source = source;
        this.ordered = ordered;
        this.pacer = pacer;
        this.clock = clock;
    }

    /**
     * Runs (or resumes) the mirror: the standard stores, then the request's ordered stores, then marks the target
     * complete. Stops between keys when {@code cancelled} says so. Each part (store, or ordered store and scope)
     * continues where an earlier run stopped; a finished part is neither counted nor listed again (ADR 0235).
     */
    public MirrorResult run(MirrorRequest request, MirrorTarget target, Consumer<ScanProgress> progress,
                            BooleanSupplier cancelled) {
        if (!request.ordered().isEmpty() && ordered == null) {
            throw new IllegalArgumentException("ordered stores requested from a source without ordered stores");
        }
        MirrorResume resume = target.begin(source.describe(), request.describe());
        List<String> stores = stores(request);
        long total = 0;
        for (String s : stores) {
            String part = MirrorResume.standard(s);
            if (!resume.done(part)) {
                total += countKeys(s, request.prefix(), resume.cursor(part));
            }
        }
        long done = 0;
        long versions = 0;
        long t0 = clock.millis();
        // the next page is listed and read while this thread commits the last one
        try (PageAhead<Pending> ahead = new PageAhead<>("mirror-read", 2, put -> read(request, stores, resume, put,
                cancelled))) {
            for (Optional<Pending> next = ahead.next(); next.isPresent(); next = ahead.next()) {
                Pending p = next.get();
                target.commit(p.part(), p.entries(), p.position());
                done += p.keys();
                versions += p.entries().stream().mapToLong(e -> e.versions().size()).sum();
                progress.accept(progress(done, Math.max(total, done), t0));
            }
            if (!ahead.complete()) {
                return new MirrorResult(done, versions, 0, resume.resumed(), false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new MirrorResult(done, versions, 0, resume.resumed(), false);
        }
        OrderedMirror.Copied copied = ordered == null ? new OrderedMirror.Copied(0, true)
                : new OrderedMirror(ordered).copy(request.ordered(), target, resume, cancelled);
        if (!copied.complete()) {
            return new MirrorResult(done, versions, copied.entries(), resume.resumed(), false);
        }
        target.finish();
        return new MirrorResult(done, versions, copied.entries(), resume.resumed(), true);
    }

    /** A page read and not yet committed: its part, entries, how many keys it listed, the part's position after it. */
    private record Pending(String part, List<MirroredEntry> entries, int keys, String position) {
    }

    /** On the read-ahead thread: every page of every store not finished, from its position; false when cancelled. */
    private boolean read(MirrorRequest request, List<String> stores, MirrorResume resume, Predicate<Pending> put,
                         BooleanSupplier cancelled) {
        // a source without a request budget that reads many keys at once (the SQLite store) reads a page per query
        BatchReads pages = source.capabilities().budget() == null && source.underlying() instanceof BatchReads b
                ? b : null;
        for (String store : stores) {
            String part = MirrorResume.standard(store);
            if (resume.done(part)) {
                continue;
            }
            String cursor = resume.cursor(part);
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
                if (!put.test(new Pending(part, batch, page.items().size(),
                        cursor == null ? MirrorResume.DONE : cursor))) {
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
            if (!all.contains(s) && request.ordered().stream().noneMatch(o -> o.store().equals(s))) {
                throw new InvalidInputException("The store \"" + s + "\" does not exist in "
                        + source.describe() + " (neither a data store nor an ordered data store it lists; name an "
                        + "ordered store it cannot list with --ordered too); nothing was copied", "--stores");
            }
        }
        // a name the source has only as an ordered data store is left to OrderedMirror
        return request.stores().stream().filter(all::contains).sorted().distinct().toList();
    }

    /** Keys of {@code store} from {@code cursor} on (its start when null). */
    private long countKeys(String store, String prefix, @Nullable String from) {
        long n = 0;
        String cursor = from;
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
