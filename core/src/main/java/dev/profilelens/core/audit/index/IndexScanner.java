package dev.profilelens.core.audit.index;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.StoredEntry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs a scan of a feed into an index on the calling thread: counts the keys, then pages through them, extracting
 * the paths of each value and storing each page with the cursor after it. A run resumes an unfinished scan of the
 * same spec from its persisted cursor; otherwise it starts over. Cancel is checked between pages. Reading and
 * extraction run on the calling thread while the previous page is written on one named writer thread (pages are
 * written in order, one at a time, so the persisted cursor always follows the stored rows).
 */
public final class IndexScanner {
    private final Clock clock;
    private final int pageSize;

    public IndexScanner(Clock clock, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        this.clock = clock;
        this.pageSize = pageSize;
    }

    public ScanResult scan(ScanSpec spec, ScanFeed feed, AuditIndex index, Consumer<ScanProgress> progress,
                           BooleanSupplier cancelled) {
        PathExtractor extractor = new PathExtractor(spec.paths());
        Optional<ScanState> state = index.state();
        boolean resume = state.isPresent() && !state.get().finished() && state.get().spec().equals(spec.describe());
        @Nullable String cursor;
        long done;
        long total;
        if (resume) {
            cursor = state.get().cursor();
            done = state.get().done();
            total = state.get().total();
        } else {
            total = feed.countKeys();
            index.begin(spec, total);
            cursor = null;
            done = 0;
        }
        long startMillis = clock.millis();
        long doneAtStart = done;
        progress.accept(new ScanProgress(done, total, 0, null));
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "profilelens-audit-writer"));
        Future<?> pending = null;
        try {
            boolean first = true;
            while (first || cursor != null) {
                first = false;
                if (cancelled.getAsBoolean()) {
                    await(pending);
                    return new ScanResult(false, resume, done, total);
                }
                Page<StoredEntry> page = feed.page(cursor, pageSize);
                List<IndexedProfile> rows = new ArrayList<>(page.items().size());
                for (StoredEntry e : page.items()) {
                    rows.add(extractor.extract(e));
                }
                done += rows.size();
                cursor = page.nextCursor();
                await(pending);
                long doneNow = done;
                String cursorNow = cursor;
                long totalNow = Math.max(total, done);
                pending = writer.submit(() -> index.put(rows, cursorNow, doneNow));
                progress.accept(progress(doneNow, totalNow, doneAtStart, startMillis));
            }
            await(pending);
        } finally {
            writer.shutdownNow();
        }
        index.finish(done);
        return new ScanResult(true, resume, done, Math.max(total, done));
    }

    /** Waits for the previous page's write; its failure becomes this scan's failure. */
    private static void await(@Nullable Future<?> pending) {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InspectorException("the scan was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new InspectorException("the index write failed: " + e.getCause(), e);
        }
    }

    private ScanProgress progress(long done, long total, long doneAtStart, long startMillis) {
        long elapsed = clock.millis() - startMillis;
        if (elapsed <= 0) {
            return new ScanProgress(done, total, 0, null);
        }
        double rate = (done - doneAtStart) * 1000.0 / elapsed;
        Duration eta = rate > 0 ? Duration.ofMillis((long) ((total - done) / rate * 1000)) : null;
        return new ScanProgress(done, total, rate, eta);
    }
}
