package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedEntryExistsException;
import dev.profilelens.core.ordered.OrderedEntryMissingException;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreLister;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.ordered.OrderedValues;
import dev.profilelens.core.store.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Ordered data stores in the same SQLite file as the standard ones (ADR 0131): table {@code ordered_entries}, one
 * row per (store, scope, key) with an integer value, listed by (value, key) with keyset cursors. Each change runs
 * in its own transaction; one connection per instance, used by one thread at a time.
 */
public final class SqliteOrderedSource implements OrderedSource, OrderedStoreLister {
    static final String TABLE = "CREATE TABLE IF NOT EXISTS ordered_entries (store TEXT NOT NULL, scope TEXT NOT "
            + "NULL, entry_key TEXT NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (store, scope, entry_key)) "
            + "WITHOUT ROWID";
    static final String INDEX = "CREATE INDEX IF NOT EXISTS ordered_by_value ON ordered_entries "
            + "(store, scope, value, entry_key)";
    private final Path file;
    private final boolean readOnly;
    private final Connection connection;
    private final boolean hasTable;

    public SqliteOrderedSource(Path file, boolean readOnly) {
        this.file = file;
        this.readOnly = readOnly || (Files.exists(file) && !Files.isWritable(file));
        this.connection = SqliteProfileSource.open(file, this.readOnly);
        try {
            if (!this.readOnly) {
                try (Statement s = connection.createStatement()) {
                    s.execute(TABLE);
                    s.execute(INDEX);
                }
            }
            this.hasTable = tableExists();
        } catch (SQLException e) {
            close();
            throw new UnavailableException("Cannot prepare ordered data stores in " + file + ": " + e.getMessage(), e);
        }
    }

    private boolean tableExists() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'ordered_entries'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    @Override
    public String describe() {
        return "SQLite ordered data stores in " + file + (readOnly ? " (read-only)" : "");
    }

    @Override
    public synchronized Page<OrderedEntry> list(OrderedStoreRef store, OrderedQuery query, @Nullable String cursor,
                                                int limit) {
        if (!hasTable) {
            return new Page<>(List.of(), null);
        }
        SqliteOrderedQueries.Keyset after = cursor == null ? null : SqliteOrderedQueries.Keyset.parse(cursor);
        try {
            return SqliteOrderedQueries.page(connection, store, query, after, Math.max(1, limit));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public synchronized List<OrderedStoreRef> orderedStores() {
        List<OrderedStoreRef> out = new ArrayList<>();
        if (!hasTable) {
            return out;
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT DISTINCT store, scope FROM ordered_entries ORDER BY store, scope")) {
            while (rs.next()) {
                out.add(new OrderedStoreRef(rs.getString(1), rs.getString(2)));
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public synchronized Optional<OrderedEntry> get(OrderedStoreRef store, String key) {
        store.check(key);
        if (!hasTable) {
            return Optional.empty();
        }
        try {
            return read(store, key);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Optional<OrderedEntry> read(OrderedStoreRef store, String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT value FROM ordered_entries WHERE store = ? AND scope = ? AND entry_key = ?")) {
            ps.setString(1, store.store());
            ps.setString(2, store.scope());
            ps.setString(3, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new OrderedEntry(key, rs.getLong(1))) : Optional.empty();
            }
        }
    }

    @Override
    public synchronized OrderedEntry create(OrderedStoreRef store, String key, long value) {
        return change(store, key, current -> {
            if (current.isPresent()) {
                throw new OrderedEntryExistsException(store, key);
            }
            return value;
        });
    }

    @Override
    public synchronized OrderedEntry update(OrderedStoreRef store, String key, long value, boolean allowMissing) {
        return change(store, key, current -> {
            if (current.isEmpty() && !allowMissing) {
                throw new OrderedEntryMissingException(store, key);
            }
            return value;
        });
    }

    @Override
    public synchronized OrderedEntry increment(OrderedStoreRef store, String key, long amount) {
        return change(store, key, current -> OrderedValues.add(current.map(OrderedEntry::value).orElse(0L), amount,
                "amount"));
    }

    @Override
    public synchronized boolean delete(OrderedStoreRef store, String key) {
        store.check(key);
        requireWritable();
        try (PreparedStatement ps = connection.prepareStatement(
                "DELETE FROM ordered_entries WHERE store = ? AND scope = ? AND entry_key = ?")) {
            ps.setString(1, store.store());
            ps.setString(2, store.scope());
            ps.setString(3, key);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The new value from the current entry, decided and written inside one immediate transaction. */
    private interface Change {
        long apply(Optional<OrderedEntry> current);
    }

    private OrderedEntry change(OrderedStoreRef store, String key, Change change) {
        store.check(key);
        requireWritable();
        try (Statement tx = connection.createStatement()) {
            tx.execute("BEGIN IMMEDIATE");
            try {
                long value = change.apply(read(store, key));
                try (PreparedStatement ps = connection.prepareStatement("INSERT INTO ordered_entries (store, scope, "
                        + "entry_key, value) VALUES (?, ?, ?, ?) ON CONFLICT (store, scope, entry_key) DO UPDATE "
                        + "SET value = excluded.value")) {
                    ps.setString(1, store.store());
                    ps.setString(2, store.scope());
                    ps.setString(3, key);
                    ps.setLong(4, value);
                    ps.executeUpdate();
                }
                tx.execute("COMMIT");
                return new OrderedEntry(key, value);
            } catch (SQLException | RuntimeException e) {
                tx.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** One entry to load in bulk. */
    public record Row(OrderedStoreRef store, String key, long value) {
    }

    /** Writes many entries (created or replaced) in one transaction: for seeding a fresh file. */
    public synchronized void load(List<Row> rows) {
        load(rows, null, "");
    }

    /**
     * Writes the entries and sets the file's setting {@code name} to {@code value} in the same transaction (a
     * mirror's position after a page of ordered entries, ADR 0235). The settings table is the store schema's.
     */
    synchronized void load(List<Row> rows, @Nullable String name, String value) {
        requireWritable();
        try (Statement tx = connection.createStatement()) {
            tx.execute("BEGIN IMMEDIATE");
            try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO ordered_entries (store, "
                    + "scope, entry_key, value) VALUES (?, ?, ?, ?)")) {
                for (Row r : rows) {
                    r.store().check(r.key());
                    ps.setString(1, r.store().store());
                    ps.setString(2, r.store().scope());
                    ps.setString(3, r.key());
                    ps.setLong(4, r.value());
                    ps.addBatch();
                }
                ps.executeBatch();
                if (name != null) {
                    setting(name, value);
                }
                tx.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                // SQLite may already have rolled back (a full disk does): keep the original error, not the rollback's
                try {
                    tx.execute("ROLLBACK");
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void setting(String name, String value) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO settings (name, value) VALUES (?, ?) "
                + "ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /** Test seam: makes the file full after {@code pages} pages (SQLite's max_page_count), like a full disk. */
    synchronized void limitPages(long pages) {
        requireWritable();
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA max_page_count = " + pages);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void requireWritable() {
        if (readOnly) {
            throw new RefusedException("The store " + file + " is open read-only; nothing was written.");
        }
    }

    private InspectorException failure(SQLException e) {
        return new UnavailableException("The ordered data store in " + file + " failed: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a read connection cannot lose data
        }
    }
}
