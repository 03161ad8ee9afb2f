package dev.profilelens.connectors.sqlite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.mirror.MirrorResume;
import dev.profilelens.core.mirror.MirrorTarget;
import dev.profilelens.core.mirror.MirroredEntry;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedStoreRef;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A mirror in a ProfileLens SQLite store (ADR 0151): versions keep their source ids and times; the settings table
 * records the source, the request, each part's position after its last committed page and whether the run finished.
 * A store holding a mirror opens read-only everywhere else ({@link SqliteProfileSource#mirrorOf()}).
 */
public final class SqliteMirrorTarget implements MirrorTarget {
    static final String SOURCE = "mirror.source";
    static final String REQUEST = "mirror.request";
    /** Each part's position (ADR 0235): {@code mirror.part.<part id>}; the ids are listed in {@link #PARTS}. */
    static final String PART = "mirror.part.";
    static final String PARTS = "mirror.parts";
    /** The single position an older ProfileLens kept. */
    static final String OLD_POSITION = "mirror.position";
    static final String STATE = "mirror.state";
    private final SqliteProfileSource store;
    /** The same file's ordered data stores, opened at the first ordered page (one connection for the run). */
    private @Nullable SqliteOrderedSource ordered;
    private long pageLimit;
    /** The parts with a position in the file (those of the index). */
    private final Set<String> known = new LinkedHashSet<>();

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
    public MirrorResume begin(String source, String request) {
        MirrorResume[] resume = {MirrorResume.none()};
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
            List<String> parts = parts(w.setting(PARTS));
            Map<String, String> positions = new HashMap<>();
            for (String part : parts) {
                String position = w.setting(PART + part);
                if (position != null) {
                    positions.put(part, position);
                }
            }
            if (of != null && "running".equals(w.setting(STATE)) && !positions.isEmpty()) {
                if (!request.equals(w.setting(REQUEST))) {
                    throw new InvalidInputException("The mirror target " + store.file() + " holds an unfinished "
                            + "mirror of " + w.setting(REQUEST) + "; run it again with the same options to resume, "
                            + "or choose a new file.", "--to");
                }
                resume[0] = new MirrorResume(positions);
            } else {
                forget(w, parts);
                parts = List.of();
            }
            // an older ProfileLens kept one position for the whole mirror: such a run starts over (nothing doubles)
            w.setting(OLD_POSITION, null);
            w.setting(SOURCE, source);
            w.setting(REQUEST, request);
            w.setting(STATE, "running");
            known.clear();
            known.addAll(parts);
        });
        return resume[0];
    }

    @Override
    public void commit(String part, List<MirroredEntry> entries, String position) {
        boolean fresh = !known.contains(part);
        inTransaction(w -> {
            w.appendExactAll(entries);
            if (fresh) {
                w.setting(PARTS, partsWith(part));
            }
            w.setting(PART + part, position);
        });
        known.add(part);
    }

    @Override
    public void commitOrdered(String part, OrderedStoreRef store, List<OrderedEntry> entries, String position) {
        if (!known.contains(part)) {
            inTransaction(w -> w.setting(PARTS, partsWith(part)));
            known.add(part);
        }
        try {
            orderedStores().load(entries.stream().map(e -> new SqliteOrderedSource.Row(store, e.key(), e.value()))
                    .toList(), PART + part, position);
        } catch (InspectorException e) {
            throw fullOr(e, "while mirroring the ordered data store " + store.store() + " (scope " + store.scope()
                    + (entries.isEmpty() ? "" : ", entries from " + entries.get(0).key()) + "): the entries copied "
                    + "before are kept and this page was not written. Free some space and run the same mirror again "
                    + "to finish it.");
        }
    }

    /** The part ids of the settings' index (a JSON array; none when absent). */
    private static List<String> parts(@Nullable String index) {
        List<String> out = new ArrayList<>();
        if (index != null) {
            RobloxJson.parse(index).forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /** The index with {@code part} added, as its JSON text. */
    private String partsWith(String part) {
        ArrayNode a = RobloxJson.nodes().arrayNode();
        known.forEach(a::add);
        a.add(part);
        return RobloxJson.writeString(a);
    }

    private static void forget(BulkWriter w, Collection<String> parts) throws SQLException {
        for (String part : parts) {
            w.setting(PART + part, null);
        }
        w.setting(PARTS, null);
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
            forget(w, known);
        });
        known.clear();
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
