package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Keyset paging over {@code ordered_entries} by (value, key), ascending or descending, within min/max. */
final class SqliteOrderedQueries {
    private SqliteOrderedQueries() {
    }

    /** The last (value, key) of a page: the cursor text is {@code value:key}. */
    record Keyset(long value, String key) {
        static Keyset parse(String cursor) {
            int colon = cursor.indexOf(':', 1);
            try {
                return new Keyset(Long.parseLong(cursor.substring(0, colon)), cursor.substring(colon + 1));
            } catch (RuntimeException e) {
                throw new InvalidInputException("Invalid page cursor \"" + cursor + "\"", "cursor");
            }
        }

        String text() {
            return value + ":" + key;
        }
    }

    static Page<OrderedEntry> page(Connection c, OrderedStoreRef store, OrderedQuery q, @Nullable Keyset after,
                                   int limit) throws SQLException {
        String dir = q.descending() ? "DESC" : "ASC";
        String cmp = q.descending() ? "<" : ">";
        StringBuilder sql = new StringBuilder("SELECT entry_key, value FROM ordered_entries WHERE store = ? AND "
                + "scope = ?");
        List<Object> args = new ArrayList<>(List.of(store.store(), store.scope()));
        if (q.min() != null) {
            sql.append(" AND value >= ?");
            args.add(q.min());
        }
        if (q.max() != null) {
            sql.append(" AND value <= ?");
            args.add(q.max());
        }
        if (after != null) {
            sql.append(" AND (value ").append(cmp).append(" ? OR (value = ? AND entry_key ").append(cmp)
                    .append(" ?))");
            args.add(after.value());
            args.add(after.value());
            args.add(after.key());
        }
        sql.append(" ORDER BY value ").append(dir).append(", entry_key ").append(dir).append(" LIMIT ?");
        args.add(limit + 1);
        List<OrderedEntry> items = new ArrayList<>();
        boolean more = false;
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (items.size() == limit) {
                        more = true;
                        break;
                    }
                    items.add(new OrderedEntry(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        String next = more ? new Keyset(items.get(items.size() - 1).value(), items.get(items.size() - 1).key())
                .text() : null;
        return new Page<>(items, next);
    }
}
