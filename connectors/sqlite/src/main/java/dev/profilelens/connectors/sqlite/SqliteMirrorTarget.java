package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.mirror.MirrorTarget;
import dev.profilelens.core.mirror.MirroredEntry;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedStoreRef;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A mirror in a ProfileLens SQLite store (ADR 0151): versions keep their source ids and times; the settings table
 * records the source, the request, the position after the last committed page and whether the run finished.
 * A store holding a mirror opens read-only everywhere else ({@link SqliteProfileSource#mirrorOf()}).
 */
public final class SqliteMirrorTarget implements MirrorTarget {
    static final String SOURCE = "mirror.source";
    static final String REQUEST = "mirror.request";
    static final String POSITION = "mirror.position";
    static final String STATE = "mirror.state";
    private final SqliteProfileSource store;
    /** The same file's ordered data stores, opened at the first ordered page (one connection for the run). */
    private @Nullable SqliteOrderedSource ordered;
    private long pageLimit;

    public SqliteMirrorTarget(Path file) {
        this.store = new SqliteProfileSource(file, Clock.systemUTC(), Retention.KEEP_ALL, false, true);
    }

    /** Test seam: the file is "full" after this many pages. */
    void limitPages(long pages) {
        store.limitPages(pages);
        pageLimit = pages;
        if (ordered != null) {
            ordered.limitPages(pages);
        }
    }

    @Override
    public Optional<String> begin(String source, String request) {
        AtomicReference<String> resume = new AtomicReference<>();
        inTransaction(w -> {
            String of = w.setting(SOURCE);
            if (of == null && w.hasEntries()) {
                throw new InvalidInputException("The mirror target " + store.file() + " already holds data that is "
                        + "not a mirror; choose a new file. Nothing was copied.", "--to");
            }
            if (of != null && !of.equals(source)) {
                throw new InvalidInputException("The mirror target " + store.file() + " is a mirror of " + of
                        + ", not of " + source + "; choose a new file. Nothing was copied.", "--to");
            }
            String position = w.setting(POSITION);
            if (of != null && "running".equals(w.setting(STATE)) && position != null) {
                if (!request.equals(w.setting(REQUEST))) {
                    throw new InvalidInputException("The mirror target " + store.file() + " holds an unfinished "
                            + "mirror of " + w.setting(REQUEST) + "; run it again with the same options to resume, "
                            + "or choose a new file.", "--to");
                }
                resume.set(position);
            }
            w.setting(SOURCE, source);
            w.setting(REQUEST, request);
            w.setting(STATE, "running");
        });
        return Optional.ofNullable(resume.get());
    }

    @Override
    public void commit(List<MirroredEntry> entries, String position) {
        inTransaction(w -> {
            w.appendExactAll(entries);
            w.setting(POSITION, position);
        });
    }

    @Override
    public void commitOrdered(OrderedStoreRef store, List<OrderedEntry> entries) {
        try {
            orderedStores().load(entries.stream().map(e -> new SqliteOrderedSource.Row(store, e.key(), e.value()))
                    .toList());
        } catch (InspectorException e) {
            throw fullOr(e, "while mirroring the ordered data store " + store.store() + " (scope " + store.scope()
                    + ", entries from " + entries.get(0).key() + "): the entries copied before are kept and this page "
                    + "was not written. Free some space and run the same mirror again to finish it.");
        }
    }

    private SqliteOrderedSource orderedStores() {
        if (ordered == null) {
            try {
                ordered = new SqliteOrderedSource(store.file(), false);
            } catch (InspectorException e) {
                throw fullOr(e, "before the ordered data stores could be mirrored: free some space and run the same "
                        + "mirror again to finish it.");
            }
            if (pageLimit > 0) {
                ordered.limitPages(pageLimit);
            }
        }
        return ordered;
    }

    /** A full disk said as such ({@code what}: when, and what is kept), else {@code e} itself. */
    private InspectorException fullOr(InspectorException e, String what) {
        return full(e) ? new UnavailableException("The disk is full (or " + store.file() + " reached its size limit) "
                + what, e) : e;
    }

    /** True when SQLite said the file could not grow (a full disk, or the test seam's size limit). */
    private static boolean full(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s
                    && (s.getResultCode().code & 0xFF) == SQLiteErrorCode.SQLITE_FULL.code) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void finish() {
        inTransaction(w -> {
            w.setting(STATE, "complete");
            w.setting(POSITION, null);
        });
    }

    @Override
    public String describe() {
        return "SQLite store " + store.file();
    }

    @Override
    public void close() {
        try {
            if (ordered != null) {
                ordered.close();
            }
        } finally {
            store.close();
        }
    }

    private void inTransaction(SqliteWrites.Bulk work) {
        try {
            store.bulk(work);
        } catch (InspectorException e) {
            throw fullOr(e, "while mirroring: everything up to the last finished page is kept. Free some space and "
                    + "run the same mirror again to resume.");
        }
    }
}
