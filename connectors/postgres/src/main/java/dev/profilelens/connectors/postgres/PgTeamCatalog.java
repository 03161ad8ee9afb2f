package dev.profilelens.connectors.postgres;

import dev.profilelens.core.team.SharedConnection;
import dev.profilelens.core.team.StoreTemplate;
import dev.profilelens.core.team.TeamCatalog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Shared connection profiles and templates in the team database; writes need the admin role (grants). */
final class PgTeamCatalog implements TeamCatalog {
    private final TeamDatabase db;

    PgTeamCatalog(TeamDatabase db) {
        this.db = db;
    }

    private interface Sql<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T run(String what, Sql<T> work) {
        try (Connection c = db.connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw PgErrors.readFailed(what, db.settings().url(), e);
        }
    }

    @Override
    public List<SharedConnection> connections() {
        return run("read the shared connections", c -> {
            List<SharedConnection> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT name, universe, colour, safety_level "
                    + "FROM connection_profile ORDER BY name"); ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new SharedConnection(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
            return out;
        });
    }

    @Override
    public void saveConnection(SharedConnection s) {
        run("save the shared connection " + s.name(), c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO connection_profile (name, universe, colour, "
                    + "safety_level) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET universe = "
                    + "EXCLUDED.universe, colour = EXCLUDED.colour, safety_level = EXCLUDED.safety_level, "
                    + "updated_by = session_user, updated_at = clock_timestamp()")) {
                p.setString(1, s.name());
                p.setString(2, s.universe());
                p.setString(3, s.colour());
                p.setString(4, s.safetyLevel());
                return p.executeUpdate();
            }
        });
    }

    @Override
    public void deleteConnection(String name) {
        run("delete the shared connection " + name, c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM connection_profile WHERE name = ?")) {
                p.setString(1, name);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public List<StoreTemplate> templates(String universe, String store) {
        return run("read the templates of " + store, c -> read(c, "SELECT store, kind, name, body FROM store_template "
                + "WHERE universe = ? AND store = ? ORDER BY kind, name", universe, store));
    }

    @Override
    public List<StoreTemplate> templates(String universe, StoreTemplate.Kind kind) {
        String k = kind.name().toLowerCase(Locale.ROOT);
        return run("read the " + k + " templates of universe " + universe, c -> read(c, "SELECT store, kind, name, "
                + "body FROM store_template WHERE universe = ? AND kind = ? ORDER BY store, name", universe, k));
    }

    private static List<StoreTemplate> read(Connection c, String sql, String universe, String second)
            throws SQLException {
        List<StoreTemplate> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, universe);
            p.setString(2, second);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoreTemplate(universe, rs.getString(1),
                            StoreTemplate.Kind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)), rs.getString(3),
                            rs.getString(4)));
                }
            }
        }
        return out;
    }

    @Override
    public void saveTemplate(StoreTemplate t) {
        run("save the template " + t.name(), c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO store_template (universe, store, kind, name, "
                    + "body) VALUES (?, ?, ?, ?, ?) ON CONFLICT (universe, store, kind, name) DO UPDATE SET body = "
                    + "EXCLUDED.body, updated_by = session_user, updated_at = clock_timestamp()")) {
                bindKey(p, t);
                p.setString(5, t.body());
                return p.executeUpdate();
            }
        });
    }

    @Override
    public void deleteTemplate(StoreTemplate t) {
        run("delete the template " + t.name(), c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM store_template WHERE universe = ? AND "
                    + "store = ? AND kind = ? AND name = ?")) {
                bindKey(p, t);
                return p.executeUpdate();
            }
        });
    }

    private static void bindKey(PreparedStatement p, StoreTemplate t) throws SQLException {
        p.setString(1, t.universe());
        p.setString(2, t.store());
        p.setString(3, t.kind().name().toLowerCase(Locale.ROOT));
        p.setString(4, t.name());
    }
}
