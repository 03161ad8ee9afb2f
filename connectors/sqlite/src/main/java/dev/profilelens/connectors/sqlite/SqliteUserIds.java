package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.store.EntryRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Queries of the {@code key_users} table: keys by UserId, and every UserId held (ADR 0150). */
final class SqliteUserIds {
    private SqliteUserIds() {
    }

    static List<EntryRef> keysHolding(Connection c, long userId) throws SQLException {
        String sql = "SELECT store, scope, entry_key FROM key_users WHERE user_id = ? ORDER BY store, scope, entry_key";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, userId);
            List<EntryRef> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EntryRef(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        }
    }

    static long[] allUserIds(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT user_id FROM key_users ORDER BY user_id");
             ResultSet rs = ps.executeQuery()) {
            long[] out = new long[64];
            int n = 0;
            while (rs.next()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = rs.getLong(1);
            }
            return Arrays.copyOf(out, n);
        }
    }
}
