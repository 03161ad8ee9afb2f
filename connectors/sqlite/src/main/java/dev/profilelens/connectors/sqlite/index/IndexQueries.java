package dev.profilelens.connectors.sqlite.index;

import dev.profilelens.core.audit.index.GroupCount;
import dev.profilelens.core.audit.index.IndexFilter;
import dev.profilelens.core.audit.index.IndexRow;
import dev.profilelens.core.audit.index.ValueType;
import dev.profilelens.core.export.CsvLines;
import dev.profilelens.core.store.EntryRef;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The read side of the index. Filters become a compound SELECT of profile ids: the positive filters' id sets
 * INTERSECTed (or every profile), then EXCEPT the ids having each path a "missing" filter names; each set is an
 * index range on {@code vals}. Caller holds the connection's lock.
 */
final class IndexQueries {
    private final Connection c;
    private final ToLongFunction<String> pathId;

    IndexQueries(Connection c, ToLongFunction<String> pathId) {
        this.c = c;
        this.pathId = pathId;
    }

    /** SQL selecting the ids of matching profiles, and its parameters in order. */
    private record Selection(String sql, List<Object> params) {
    }

    private Selection select(List<IndexFilter> filters) {
        List<String> positive = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        List<Object> negParams = new ArrayList<>();
        StringBuilder negative = new StringBuilder();
        for (IndexFilter f : filters) {
            long pid = pathId.applyAsLong(f.path());
            if (f instanceof IndexFilter.Equals eq) {
                Double n = eq.number();
                if (n != null) {
                    positive.add("SELECT profile_id FROM vals WHERE path_id = ? AND num = ?");
                    params.add(pid);
                    params.add(n);
                } else {
                    positive.add("SELECT profile_id FROM vals WHERE path_id = ? AND text = ? AND type <> "
                            + ValueType.NUMBER.ordinal());
                    params.add(pid);
                    params.add(eq.text());
                }
            } else if (f instanceof IndexFilter.Range r) {
                StringBuilder sql = new StringBuilder("SELECT profile_id FROM vals WHERE path_id = ?");
                params.add(pid);
                if (r.min() != null) {
                    sql.append(" AND num >= ?");
                    params.add(r.min());
                }
                if (r.max() != null) {
                    sql.append(" AND num <= ?");
                    params.add(r.max());
                }
                positive.add(sql.toString());
            } else {
                negative.append(" EXCEPT SELECT profile_id FROM vals WHERE path_id = ?");
                negParams.add(pid);
            }
        }
        String base = positive.isEmpty() ? "SELECT id FROM profiles" : String.join(" INTERSECT ", positive);
        params.addAll(negParams);
        return new Selection(base + negative, params);
    }

    long count(List<IndexFilter> filters) throws SQLException {
        Selection s = select(filters);
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM (" + s.sql() + ")")) {
            bind(p, s.params(), 1);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    List<GroupCount> groupBy(String path, List<IndexFilter> filters) throws SQLException {
        long pid = pathId.applyAsLong(path);
        List<GroupCount> groups = new ArrayList<>();
        String sql;
        Selection s = null;
        if (filters.isEmpty()) {
            sql = "SELECT type, text, count(*) FROM vals WHERE path_id = ? GROUP BY text, type";
        } else {
            s = select(filters);
            sql = "SELECT type, text, count(*) FROM vals WHERE path_id = ? AND profile_id IN (" + s.sql()
                    + ") GROUP BY text, type";
        }
        long sum = 0;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, pid);
            if (s != null) {
                bind(p, s.params(), 2);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    groups.add(new GroupCount(ValueType.values()[rs.getInt(1)], rs.getString(2), rs.getLong(3)));
                    sum += rs.getLong(3);
                }
            }
        }
        groups.sort(GROUP_ORDER);
        long missing = count(filters) - sum;
        if (missing > 0) {
            groups.add(new GroupCount(null, null, missing));
        }
        return groups;
    }

    private static final Comparator<GroupCount> GROUP_ORDER = Comparator
            .comparing((GroupCount g) -> g.type() == null ? Integer.MAX_VALUE : g.type().ordinal())
            .thenComparingDouble(g -> g.type() == ValueType.NUMBER ? Double.parseDouble(g.value()) : 0)
            .thenComparing(g -> g.value() == null ? "" : g.value());

    private String rowSql(List<String> columns, Selection s, List<Object> params) {
        StringBuilder sql = new StringBuilder("SELECT p.scope, p.key, p.version, p.kind");
        StringBuilder joins = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(", c").append(i).append(".text");
            joins.append(" LEFT JOIN vals c").append(i).append(" ON c").append(i).append(".path_id = ? AND c")
                    .append(i).append(".profile_id = p.id");
            params.add(pathId.applyAsLong(columns.get(i)));
        }
        params.addAll(s.params());
        // "+p.id" keeps the planner on the (scope, key) index: rows come in order, no sort of every match
        return sql + " FROM profiles p" + joins + " WHERE +p.id IN (" + s.sql() + ") ORDER BY p.scope, p.key";
    }

    List<IndexRow> rows(String store, List<IndexFilter> filters, List<String> columns, long offset, int limit)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = rowSql(columns, select(filters), params) + " LIMIT ? OFFSET ?";
        params.add((long) limit);
        params.add(offset);
        List<IndexRow> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, params, 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(row(store, rs, columns.size()));
                }
            }
        }
        return out;
    }

    long exportCsv(List<IndexFilter> filters, List<String> columns, Writer out) throws SQLException, IOException {
        List<Object> params = new ArrayList<>();
        String sql = rowSql(columns, select(filters), params);
        List<@Nullable String> header = new ArrayList<>(List.of("scope", "key", "version", "kind"));
        header.addAll(columns);
        long n = 0;
        try (CsvLines csv = new CsvLines(out); PreparedStatement p = c.prepareStatement(sql)) {
            csv.line(header);
            bind(p, params, 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    List<@Nullable String> cells = new ArrayList<>();
                    for (int i = 1; i <= 4 + columns.size(); i++) {
                        cells.add(rs.getString(i));
                    }
                    csv.line(cells);
                    n++;
                }
            }
        }
        out.flush();
        return n;
    }

    private static IndexRow row(String store, ResultSet rs, int columns) throws SQLException {
        List<@Nullable String> values = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            values.add(rs.getString(5 + i));
        }
        return new IndexRow(new EntryRef(store, rs.getString(1), rs.getString(2)), rs.getString(3), rs.getString(4),
                values);
    }

    private static void bind(PreparedStatement p, List<Object> params, int from) throws SQLException {
        int i = from;
        for (Object o : params) {
            if (o instanceof Long l) {
                p.setLong(i++, l);
            } else if (o instanceof Double d) {
                p.setDouble(i++, d);
            } else {
                p.setString(i++, (String) o);
            }
        }
    }
}
