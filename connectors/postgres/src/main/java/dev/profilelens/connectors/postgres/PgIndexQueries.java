package dev.profilelens.connectors.postgres;

import dev.profilelens.core.audit.index.Csv;
import dev.profilelens.core.audit.index.GroupCount;
import dev.profilelens.core.audit.index.IndexFilter;
import dev.profilelens.core.audit.index.IndexRow;
import dev.profilelens.core.audit.index.ValueType;
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
import org.jspecify.annotations.Nullable;

/**
 * The read side of the shared index for one scan: filters become a compound SELECT of profile ids (positive
 * filters INTERSECTed, "missing" filters EXCEPTed), each an index range on {@code index_value (path_id, ...)}.
 * Paths belong to one scan, so a path id already limits a value set to that scan.
 */
final class PgIndexQueries {
    private final long scanId;

    PgIndexQueries(long scanId) {
        this.scanId = scanId;
    }

    private record Selection(String sql, List<Object> params) {
    }

    private Selection select(List<IndexFilter> filters) {
        List<String> positive = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        StringBuilder negative = new StringBuilder();
        List<Object> negParams = new ArrayList<>();
        String byPath = "SELECT profile_id FROM index_value WHERE path_id = (SELECT id FROM index_path "
                + "WHERE scan_id = ? AND path = ?)";
        for (IndexFilter f : filters) {
            if (f instanceof IndexFilter.Missing) {
                negative.append(" EXCEPT ").append(byPath);
                negParams.add(scanId);
                negParams.add(f.path());
                continue;
            }
            StringBuilder sql = new StringBuilder(byPath);
            params.add(scanId);
            params.add(f.path());
            if (f instanceof IndexFilter.Equals eq) {
                Double n = eq.number();
                if (n != null) {
                    sql.append(" AND num = ?");
                    params.add(n);
                } else {
                    sql.append(" AND text = ? AND type <> ").append(ValueType.NUMBER.ordinal());
                    params.add(eq.text());
                }
            } else if (f instanceof IndexFilter.Range r) {
                if (r.min() != null) {
                    sql.append(" AND num >= ?");
                    params.add(r.min());
                }
                if (r.max() != null) {
                    sql.append(" AND num <= ?");
                    params.add(r.max());
                }
            }
            positive.add(sql.toString());
        }
        String base;
        if (positive.isEmpty()) {
            base = "SELECT id FROM index_profile WHERE scan_id = ?";
            params.add(0, scanId);
        } else {
            base = String.join(" INTERSECT ", positive);
        }
        params.addAll(negParams);
        return new Selection(base + negative, params);
    }

    long count(Connection c, List<IndexFilter> filters) throws SQLException {
        Selection s = select(filters);
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM (" + s.sql() + ") ids")) {
            bind(p, s.params(), 1);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    List<GroupCount> groupBy(Connection c, String path, List<IndexFilter> filters) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(scanId, path));
        String sql = "SELECT type, text, count(*) FROM index_value WHERE path_id = (SELECT id FROM index_path "
                + "WHERE scan_id = ? AND path = ?)";
        if (!filters.isEmpty()) {
            Selection s = select(filters);
            sql += " AND profile_id IN (" + s.sql() + ")";
            params.addAll(s.params());
        }
        List<GroupCount> groups = new ArrayList<>();
        long sum = 0;
        try (PreparedStatement p = c.prepareStatement(sql + " GROUP BY text, type")) {
            bind(p, params, 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    groups.add(new GroupCount(ValueType.values()[rs.getInt(1)], rs.getString(2), rs.getLong(3)));
                    sum += rs.getLong(3);
                }
            }
        }
        groups.sort(GROUP_ORDER);
        long missing = count(c, filters) - sum;
        if (missing > 0) {
            groups.add(new GroupCount(null, null, missing));
        }
        return groups;
    }

    private static final Comparator<GroupCount> GROUP_ORDER = Comparator
            .comparing((GroupCount g) -> g.type() == null ? Integer.MAX_VALUE : g.type().ordinal())
            .thenComparingDouble(g -> g.type() == ValueType.NUMBER ? Double.parseDouble(g.value()) : 0)
            .thenComparing(g -> g.value() == null ? "" : g.value());

    private String rowSql(List<String> columns, List<IndexFilter> filters, List<Object> params) {
        StringBuilder sql = new StringBuilder("SELECT p.scope, p.key, p.version, p.kind");
        StringBuilder joins = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(", c").append(i).append(".text");
            joins.append(" LEFT JOIN index_value c").append(i).append(" ON c").append(i)
                    .append(".path_id = (SELECT id FROM index_path WHERE scan_id = ? AND path = ?) AND c").append(i)
                    .append(".profile_id = p.id");
            params.add(scanId);
            params.add(columns.get(i));
        }
        params.add(scanId);
        if (filters.isEmpty()) {
            return sql + " FROM index_profile p" + joins + " WHERE p.scan_id = ? ORDER BY p.scope, p.key";
        }
        Selection s = select(filters);
        params.addAll(s.params());
        return sql + " FROM index_profile p" + joins + " WHERE p.scan_id = ? AND p.id IN (" + s.sql()
                + ") ORDER BY p.scope, p.key";
    }

    List<IndexRow> rows(Connection c, String store, List<IndexFilter> filters, List<String> columns, long offset,
                        int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = rowSql(columns, filters, params) + " LIMIT ? OFFSET ?";
        params.add((long) limit);
        params.add(offset);
        List<IndexRow> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, params, 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    List<@Nullable String> values = new ArrayList<>(columns.size());
                    for (int i = 0; i < columns.size(); i++) {
                        values.add(rs.getString(5 + i));
                    }
                    out.add(new IndexRow(new EntryRef(store, rs.getString(1), rs.getString(2)), rs.getString(3),
                            rs.getString(4), values));
                }
            }
        }
        return out;
    }

    long exportCsv(Connection c, List<IndexFilter> filters, List<String> columns, Writer out)
            throws SQLException, IOException {
        List<Object> params = new ArrayList<>();
        String sql = rowSql(columns, filters, params);
        List<@Nullable String> header = new ArrayList<>(List.of("scope", "key", "version", "kind"));
        header.addAll(columns);
        Csv.line(out, header);
        long n = 0;
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setFetchSize(1000);
            bind(p, params, 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    List<@Nullable String> cells = new ArrayList<>();
                    for (int i = 1; i <= 4 + columns.size(); i++) {
                        cells.add(rs.getString(i));
                    }
                    Csv.line(out, cells);
                    n++;
                }
            }
        } finally {
            c.commit();
            c.setAutoCommit(auto);
        }
        out.flush();
        return n;
    }

    private static void bind(PreparedStatement p, List<Object> params, int from) throws SQLException {
        int i = from;
        for (Object o : params) {
            p.setObject(i++, o);
        }
    }
}
