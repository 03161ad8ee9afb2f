package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Keyset paging over the entries table: cursors are the last key returned, so inserts never shift a page. */
final class SqlPaging {
    private static final char SEP = '\u0000';

    private SqlPaging() {
    }

    /** Fetched {@code limit + 1} rows: the extra one says there is a next page. */
    static <T> Page<T> page(List<T> fetched, int limit, Function<T, String> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
    }

    static Page<EntryRef> keysOfScope(Connection c, String store, String scope, String prefix,
                                      @Nullable String cursor, int limit, boolean deleted) throws SQLException {
        // One lower bound, the larger of prefix and cursor, so each page seeks in the index: with two bounds on the
        // key SQLite ranges on the first and filters by the second, so every page scanned from the prefix again
        // (listing 100,000 keys in pages read ~n²/2 index rows).
        String sql = "SELECT entry_key FROM entries WHERE store = ? AND scope = ? AND entry_key >= max(?, ?) "
                + "AND entry_key > ? AND deleted <= " + (deleted ? 1 : 0) + " ORDER BY entry_key LIMIT ?";
        List<EntryRef> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            String after = cursor == null ? "" : cursor;
            ps.setString(1, store);
            ps.setString(2, scope);
            ps.setString(3, prefix);
            ps.setString(4, after);
            ps.setString(5, after);
            ps.setInt(6, limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && rs.getString(1).startsWith(prefix)) {
                    out.add(new EntryRef(store, scope, rs.getString(1)));
                }
            }
        }
        return page(out, limit, EntryRef::key);
    }

    static Page<EntryRef> keysOfAllScopes(Connection c, String store, String prefix, @Nullable String cursor,
                                          int limit, boolean deleted) throws SQLException {
        String afterKey = "";
        String afterScope = "";
        if (cursor != null) {
            int cut = cursor.indexOf(SEP);
            afterKey = cut < 0 ? cursor : cursor.substring(0, cut);
            afterScope = cut < 0 ? "\uffff" : cursor.substring(cut + 1);
        }
        // The range starts at the larger of prefix and cursor key, so each page seeks in the index instead of
        // scanning from the prefix again (the row-value comparison alone does not bound the index range).
        String sql = "SELECT entry_key, scope FROM entries WHERE store = ? AND entry_key >= max(?, ?) "
                + "AND (entry_key, scope) > (?, ?) AND deleted <= " + (deleted ? 1 : 0)
                + " ORDER BY entry_key, scope LIMIT ?";
        List<EntryRef> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, store);
            ps.setString(2, prefix);
            ps.setString(3, afterKey);
            ps.setString(4, afterKey);
            ps.setString(5, afterScope);
            ps.setInt(6, limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && rs.getString(1).startsWith(prefix)) {
                    out.add(new EntryRef(store, rs.getString(2), rs.getString(1)));
                }
            }
        }
        return page(out, limit, r -> r.key() + SEP + r.scope());
    }
}
