package dev.profilelens.core.audit.index;

import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The local index of a MetaTag audit (port; SQLite implementation in connectors/sqlite). Writes happen on the
 * scanning thread; queries may run on another thread. All failures are {@code InspectorException}s.
 */
public interface AuditIndex extends AutoCloseable {

    /** The scan this index holds, if any. */
    Optional<ScanState> state();

    /** Starts a scan: clears the index when it held another spec, and records the key count. */
    void begin(ScanSpec spec, long total);

    /**
     * Stores one page of profiles (replacing earlier rows of the same keys) and the cursor after it, atomically,
     * so a resume never loses or repeats a page.
     */
    void put(List<IndexedProfile> profiles, @Nullable String nextCursor, long done);

    /** Marks the scan finished (and builds the query indexes). */
    void finish(long done);

    /** Concrete paths seen so far, sorted. */
    List<String> paths();

    /** Number of profiles matching every filter. */
    long count(List<IndexFilter> filters);

    /** Profiles per value of {@code path} among those matching the filters, plus one group for those lacking it. */
    List<GroupCount> groupBy(String path, List<IndexFilter> filters);

    /** A page of matching profiles ordered by scope and key, with the text of each column path. */
    List<IndexRow> rows(List<IndexFilter> filters, List<String> columns, long offset, int limit);

    /** Writes every matching profile as CSV (scope, key, version, kind, then the columns); returns the row count. */
    long exportCsv(List<IndexFilter> filters, List<String> columns, Writer out);

    @Override
    void close();
}
