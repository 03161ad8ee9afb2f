package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.ds2.Presence;
import dev.profilelens.core.error.UnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/**
 * Which players the sandbox's simulated servers have in a game (ADR 0181): table {@code sim_presence} in the sandbox
 * file, written by the servers on join and leave, read as {@link Presence} by DataStore2 writes. Without the table
 * (no simulated server ever ran on the file) nothing is known. Methods are synchronized: one connection, any thread.
 */
public final class SqlitePresence implements Presence, AutoCloseable {
    private static final String TABLE = "CREATE TABLE IF NOT EXISTS sim_presence (user_id INTEGER PRIMARY KEY, "
            + "server TEXT NOT NULL, since TEXT NOT NULL)";
    private final Path file;
    private final Connection connection;

    private SqlitePresence(Path file, boolean writer) {
        this.file = file;
        this.connection = SqliteProfileSource.open(file, !writer);
        if (writer) {
            run(TABLE);
        }
    }

    /** For the simulated servers: creates the table and forgets players left behind by an earlier run. */
    public static SqlitePresence forServers(Path file) {
        SqlitePresence p = new SqlitePresence(file, true);
        p.run("DELETE FROM sim_presence");
        return p;
    }

    /** For reading; empty answers when the file has no presence table. */
    public static Presence reader(Path file) {
        if (!Files.exists(file)) {
            return Presence.UNKNOWN;
        }
        return new SqlitePresence(file, false);
    }

    public synchronized void online(long userId, String server) {
        try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO sim_presence VALUES (?,?,?)")) {
            ps.setLong(1, userId);
            ps.setString(2, server);
            ps.setString(3, Instant.now().toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new UnavailableException("Cannot record presence in " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized void offline(long userId) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM sim_presence WHERE user_id = ?")) {
            ps.setLong(1, userId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new UnavailableException("Cannot record presence in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<Seen> of(long userId) {
        try {
            if (!hasTable()) {
                return Optional.empty();
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT server, since FROM sim_presence WHERE user_id = ?")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    return Optional.of(rs.next() ? new Seen(true, "in a game on simulated server " + rs.getString(1)
                            + " since " + rs.getString(2)) : new Seen(false, "(no simulated server has the player)"));
                }
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private boolean hasTable() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sim_presence'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private synchronized void run(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new UnavailableException("Cannot prepare presence in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a read connection cannot lose anything
        }
    }
}
