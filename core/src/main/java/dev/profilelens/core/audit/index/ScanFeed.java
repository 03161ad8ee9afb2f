package dev.profilelens.core.audit.index;

import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.StoredEntry;
import org.jspecify.annotations.Nullable;

/**
 * Where a scan gets its values: pages of current entries in key order. {@link SourceScanFeed} works over any
 * {@code ProfileSource} (list + read, paced to its budget); a connector may offer a faster feed over its own
 * storage (the SQLite store streams rows directly).
 */
public interface ScanFeed {
    /** How many keys the scan will visit (for progress and ETA); may cost listing requests. */
    long countKeys();

    /** Entries after {@code cursor} (null: from the start); the page's cursor is where the next page starts. */
    Page<StoredEntry> page(@Nullable String cursor, int limit);
}
