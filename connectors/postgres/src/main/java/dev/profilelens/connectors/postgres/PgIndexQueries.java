package dev.profilelens.connectors.postgres;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.profilelens.core.audit.index.GroupCount;
import dev.profilelens.core.audit.index.IndexFilter;
import dev.profilelens.core.audit.index.IndexRow;
import dev.profilelens.core.audit.index.ValueType;
import dev.profilelens.core.codec.RobloxJson;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The read side of the shared index for one scan: filters become a SELECT of profile ids (see {@link #select}), each
 * condition an index range on {@code index_value (path_id, ...)}. Paths belong to one scan, so a path id already
 * limits a value set to that scan.
 */
final class PgIndexQueries {
    private final long scanId;

    PgIndexQueries(long scanId) {
        this.scanId = scanId;
    }

    private record Selection(String sql, List<Object> params) {
    }

    /** The ids of the paths the filters and columns name in this scan (-1 for a path the scan never saw). */
    private Map<String, Long> pathIds(Connection c, List<IndexFilter> filters, List<String> more)
            throws SQLException {
        List<String> names = new ArrayList<>(more);
        filters.forEach(f -> names.add(f.path()));
        Map<String, Long> ids = new HashMap<>();
        names.forEach(n -> ids.put(n, -1L));
        if (names.isEmpty()) {
            return ids;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT path, id FROM index_path WHERE scan_id = ? AND "
                + "path = ANY (?)")) {
            p.setLong(1, scanId);
            p.setArray(2, c.createArrayOf("text", names.toArray()));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    /**
     * SQL selecting the ids of matching profiles: driven by the first positive filter's value rows (an index range),
     * the other conditions as EXISTS / NOT EXISTS on the (path, profile) key, which the planner runs as semi- and
     * anti-joins instead of materialising and intersecting whole id sets.
     */
    private Selection select(List<IndexFilter> filters, Map<String, Long> ids) {
        return select(filters, List.of(), ids);
    }

    /** As above; {@code present}: paths the profile must have a value at (any value). */
    private Selection select(List<IndexFilter> filters, List<String> present, Map<String, Long> ids) {
        List<Object> params = new ArrayList<>();
        IndexFilter driver = filters.stream().filter(f -> !(f instanceof IndexFilter.Missing)).findFirst()
                .orElse(null);
        String presentDriver = driver == null && !present.isEmpty() ? present.get(0) : null;
        StringBuilder sql = new StringBuilder();
        String idCol;
        if (driver == null && presentDriver == null) {
            sql.append("SELECT p.id FROM index_profile p WHERE p.scan_id = ?");
            params.add(scanId);
            idCol = "p.id";
        } else {
            sql.append("SELECT d.profile_id FROM index_value d WHERE d.path_id = ?");
            params.add(ids.get(driver != null ? driver.path() : presentDriver));
            if (driver != null) {
                condition(sql, "d", driver, params);
            }
            idCol = "d.profile_id";
        }
        int n = 0;
        for (IndexFilter f : filters) {
            if (f == driver) {
                continue;
            }
            String a = "f" + n++;
            sql.append(f instanceof IndexFilter.Missing ? " AND NOT EXISTS" : " AND EXISTS").append(exists(a, idCol));
            params.add(ids.get(f.path()));
            condition(sql, a, f, params);
            sql.append(')');
        }
        for (String path : present) {
            if (!path.equals(presentDriver)) {
                String a = "f" + n++;
                sql.append(" AND EXISTS").append(exists(a, idCol)).append(')');
                params.add(ids.get(path));
            }
        }
        return new Selection(sql.toString(), params);
    }

    private static String exists(String a, String idCol) {
        return " (SELECT 1 FROM index_value " + a + " WHERE " + a + ".path_id = ? AND " + a + ".profile_id = " + idCol;
    }

    private static void condition(StringBuilder sql, String a, IndexFilter f, List<Object> params) {
        if (f instanceof IndexFilter.Equals eq) {
            Double n = eq.number();
            if (n != null) {
                sql.append(" AND ").append(a).append(".num = ?");
                params.add(n);
            } else {
                sql.append(" AND ").append(a).append(".text = ? AND ").append(a).append(".type <> ")
                        .append(ValueType.NUMBER.ordinal());
                params.add(eq.text());
            }
        } else if (f instanceof IndexFilter.Contains has) {
            // arrays are indexed as their JSON text (type TABLE); jsonb containment finds the element
            sql.append(" AND ").append(a).append(".type = ").append(ValueType.TABLE.ordinal()).append(" AND ")
                    .append(a).append(".text::jsonb @> ?::jsonb");
            Double n = has.element().number();
            params.add("[" + (n != null ? has.value() : RobloxJson.writeString(
                    TextNode.valueOf(has.element().text()))) + "]");
        } else if (f instanceof IndexFilter.Range r) {
            if (r.min() != null) {
                sql.append(" AND ").append(a).append(".num >= ?");
                params.add(r.min());
            }
            if (r.max() != null) {
                sql.append(" AND ").append(a).append(".num <= ?");
                params.add(r.max());
            }
        }
    }

    long count(Connection c, List<IndexFilter> filters) throws SQLException {
        Selection s = countExpression(filters, List.of(), pathIds(c, filters, List.of()));
        try (PreparedStatement p = c.prepareStatement("SELECT " + s.sql())) {
            bind(p, s.params(), 1);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The count as one SQL expression (one statement, so one snapshot). A "lacking X" filter is counted as
     * count(the others) - count(the others and having X): two index range counts instead of an anti-join of every
     * profile against every value of X, which made "count lacking Region" over 1,000,000 profiles take 2 s
     * (ADR 0213).
     */
    private Selection countExpression(List<IndexFilter> filters, List<String> present, Map<String, Long> ids) {
        IndexFilter missing = filters.stream().filter(f -> f instanceof IndexFilter.Missing).findFirst()
                .orElse(null);
        if (missing == null) {
            Selection s = select(filters, present, ids);
            return new Selection("(SELECT count(*) FROM (" + s.sql() + ") ids)", s.params());
        }
        List<IndexFilter> others = new ArrayList<>(filters);
        others.remove(missing);
        List<String> having = new ArrayList<>(present);
        having.add(missing.path());
        Selection all = countExpression(others, present, ids);
        Selection with = countExpression(others, having, ids);
        List<Object> params = new ArrayList<>(all.params());
        params.addAll(with.params());
        return new Selection("(" + all.sql() + " - " + with.sql() + ")", params);
    }

    List<GroupCount> groupBy(Connection c, String path, List<IndexFilter> filters) throws SQLException {
        Map<String, Long> ids = pathIds(c, filters, List.of(path));
        List<Object> params = new ArrayList<>(List.of(ids.get(path)));
        String sql = "SELECT type, text, count(*) FROM index_value WHERE path_id = ?";
        if (!filters.isEmpty()) {
            Selection s = select(filters, ids);
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

    private String rowSql(Connection c, List<String> columns, List<IndexFilter> filters, List<Object> params)
            throws SQLException {
        Map<String, Long> ids = pathIds(c, filters, columns);
        StringBuilder sql = new StringBuilder("SELECT p.scope, p.key, p.version, p.kind");
        StringBuilder joins = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(", c").append(i).append(".text");
            joins.append(" LEFT JOIN index_value c").append(i).append(" ON c").append(i)
                    .append(".path_id = ? AND c").append(i).append(".profile_id = p.id");
            params.add(ids.get(columns.get(i)));
        }
        params.add(scanId);
        if (filters.isEmpty()) {
            return sql + " FROM index_profile p" + joins + " WHERE p.scan_id = ? ORDER BY p.scope, p.key";
        }
        Selection s = select(filters, ids);
        params.addAll(s.params());
        return sql + " FROM index_profile p" + joins + " WHERE p.scan_id = ? AND p.id IN (" + s.sql()
                + ") ORDER BY p.scope, p.key";
    }

    List<IndexRow> rows(Connection c, String store, List<IndexFilter> filters, List<String> columns, long offset,
                        int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = rowSql(c, columns, filters, params) + " LIMIT ? OFFSET ?";
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
        String sql = rowSql(c, columns, filters, params);
        List<@Nullable String> header = new ArrayList<>(List.of("scope", "key", "version", "kind"));
        header.addAll(columns);
        long n = 0;
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (CsvLines csv = new CsvLines(out); PreparedStatement p = c.prepareStatement(sql)) {
            csv.line(header);
            p.setFetchSize(1000);
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
