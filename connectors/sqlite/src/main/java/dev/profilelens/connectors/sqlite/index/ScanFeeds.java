package dev.profilelens.connectors.sqlite.index;

import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.audit.index.ScanFeed;
import dev.profilelens.core.audit.index.ScanSpec;
import dev.profilelens.core.audit.index.SourceScanFeed;
import dev.profilelens.core.store.ProfileSource;
import java.nio.file.Path;

/** Picks the fastest feed for a source: direct rows for a SQLite store, list + read (paced) for anything else. */
public final class ScanFeeds {
    private ScanFeeds() {
    }

    public static ScanFeed forSource(ProfileSource source, ScanSpec spec, RequestPacer pacer) {
        if (source.underlying() instanceof SqliteProfileSource sqlite) {
            return new SqliteStoreFeed(sqlite.file(), spec);
        }
        return new SourceScanFeed(source, spec, pacer);
    }

    /** Closes a feed that holds resources (the SQLite feed's connection). */
    public static void close(ScanFeed feed) {
        if (feed instanceof SqliteStoreFeed f) {
            f.close();
        }
    }

    /** The default index file for a source and spec under ProfileLens's data directory. */
    public static Path defaultIndexFile(Path dataDir, String sourceDescription, ScanSpec spec) {
        String id = Integer.toHexString((sourceDescription + "\n" + spec.describe()).hashCode());
        String safeStore = spec.store().replaceAll("[^A-Za-z0-9_-]", "_");
        return dataDir.resolve("audit-index").resolve(safeStore + "-" + id + ".db");
    }
}
