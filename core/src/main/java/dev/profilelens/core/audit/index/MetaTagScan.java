package dev.profilelens.core.audit.index;

import dev.profilelens.core.store.ProfileSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The MetaTag / JSON path scan, once for the window and the CLI: index a store (or the keys under a prefix) into an
 * {@link AuditIndex} at half the source's request budget, resuming where an earlier run stopped, reporting progress
 * at most once per interval (and always at the end), stopping when {@code cancelled} says so.
 */
public final class MetaTagScan {
    /** Share of the request budget a scan may use, leaving the rest to saves and watches on the same connection. */
    public static final double BUDGET_SHARE = 0.5;
    static final int PAGE = 500;
    private final AuditIndexProvider provider;
    private final Clock clock;
    private final Sleeper sleeper;

    public MetaTagScan(AuditIndexProvider provider, Clock clock, Sleeper sleeper) {
        this.provider = provider;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** The index file for this source and spec under the data folder. */
    public Path defaultFile(Path dataDir, ProfileSource source, ScanSpec spec) {
        return provider.defaultFile(dataDir, source.describe(), spec);
    }

    /** Opens (creating) an index; the caller closes it. */
    public AuditIndex open(Path file) {
        return provider.open(file);
    }

    /** True when {@code index} holds a finished scan of exactly {@code spec} (it can be queried without scanning). */
    public static boolean holdsFinished(AuditIndex index, ScanSpec spec) {
        return index.state().map(s -> s.finished() && s.spec().equals(spec.describe())).orElse(false);
    }

    /** Runs (or resumes) the scan; a cancelled run returns with {@code finished} false. */
    public ScanResult run(ProfileSource source, ScanSpec spec, AuditIndex index, long progressIntervalMillis,
                          Consumer<ScanProgress> progress, BooleanSupplier cancelled) {
        RequestPacer pacer = pacer(source);
        ScanFeed feed = provider.feed(source, spec, pacer);
        try {
            return run(feed, spec, index, progressIntervalMillis, progress, cancelled);
        } finally {
            provider.close(feed);
        }
    }

    /** The pacer a scan of {@code source} uses (half its budget). */
    public RequestPacer pacer(ProfileSource source) {
        return new RequestPacer(source.capabilities().budget(), BUDGET_SHARE, clock, sleeper);
    }

    /** Runs (or resumes) the scan over a given feed, e.g. DataStore2 players' latest values. */
    public ScanResult run(ScanFeed feed, ScanSpec spec, AuditIndex index, long progressIntervalMillis,
                          Consumer<ScanProgress> progress, BooleanSupplier cancelled) {
        long[] last = {Long.MIN_VALUE, -1};
        return new IndexScanner(clock, PAGE).scan(spec, feed, index, p -> {
            long now = clock.millis();
            boolean end = p.done() == p.total() && p.done() != last[1];
            if (last[0] == Long.MIN_VALUE || now - last[0] >= progressIntervalMillis || end) {
                last[0] = now;
                last[1] = p.done();
                progress.accept(p);
            }
        }, cancelled);
    }
}
