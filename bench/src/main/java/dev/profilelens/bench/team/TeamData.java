package dev.profilelens.bench.team;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills a benchmark schema server-side (generate_series, as the schema owner): a large audit log and a large index,
 * shaped like the ones ProfileLens writes (the same tables and columns; values spread over a few DataVersions and
 * regions).
 */
final class TeamData {
    private TeamData() {
    }

    static void auditLog(String url, String owner, String password, String schema, int entries) throws SQLException {
        exec(url, owner, password, schema, "INSERT INTO audit_log (time_ms, os_user, display_name, connection, "
                + "universe, store, scope, entry_key, version_before, version_after, action, patch, reason, batch, "
                + "status, changes) SELECT 1764900000000 + g * 1000, 'user' || (g % 20), 'User ' || (g % 20), "
                + "'Production', "
                + "'1234', 'PlayerData', 'global', 'Player_' || (g % 50000), 'v' || g, 'v' || (g + 1), 'save', "
                + "('[{\"op\":\"replace\",\"path\":\"/Data/Coins\",\"value\":' || g || '}]')::json, 'bench entry', "
                + "CASE WHEN g % 100 = 0 THEN 'wave-' || (g / 1000) ELSE '' END, 'done', '[]' "
                + "FROM generate_series(1, " + entries + ") g", "VACUUM ANALYZE audit_log");
    }

    static void index(String url, String owner, String password, String schema, int profiles) throws SQLException {
        exec(url, owner, password, schema,
                "INSERT INTO index_scan (name, spec, cursor, done, total, finished) VALUES ('bench', "
                        + "'PlayerData\nglobal\n\n/MetaData/MetaTags/*', NULL, " + profiles + ", " + profiles
                        + ", true)",
                "INSERT INTO index_path (scan_id, path) SELECT s.id, p FROM index_scan s, unnest(ARRAY["
                        + "'/MetaData/MetaTags/DataVersion', '/MetaData/MetaTags/Region']) p WHERE s.name = 'bench'",
                "INSERT INTO index_profile (scan_id, scope, key, version, kind, updated_ms, seen_gen) SELECT s.id, "
                        + "'global', 'Player_' || lpad(g::text, 8, '0'), 'v' || g, 'profile', 1764900000000, 1 "
                        + "FROM index_scan s, generate_series(1, " + profiles + ") g WHERE s.name = 'bench'",
                "INSERT INTO index_value (path_id, profile_id, type, num, text) SELECT pa.id, pr.id, 0, "
                        + "1 + (pr.id % 4), (1 + (pr.id % 4))::text FROM index_profile pr JOIN index_path pa "
                        + "ON pa.scan_id = pr.scan_id AND pa.path = '/MetaData/MetaTags/DataVersion'",
                "INSERT INTO index_value (path_id, profile_id, type, num, text) SELECT pa.id, pr.id, 1, NULL, "
                        + "(ARRAY['EU','NA','ASIA'])[1 + pr.id % 3] FROM index_profile pr JOIN index_path pa "
                        + "ON pa.scan_id = pr.scan_id AND pa.path = '/MetaData/MetaTags/Region' WHERE pr.id % 5 <> 0",
                "VACUUM ANALYZE index_profile", "VACUUM ANALYZE index_value", "VACUUM ANALYZE index_path");
    }

    private static void exec(String url, String user, String password, String schema, String... sql)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            c.setSchema(schema);
            for (String q : sql) {
                s.execute(q);
            }
        }
    }
}
