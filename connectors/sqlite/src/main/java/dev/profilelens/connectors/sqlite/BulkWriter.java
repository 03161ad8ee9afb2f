package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Appends versions with explicit times inside one transaction: the seeder writes weeks of history this way, and a
 * mirror copies versions under their source ids. No precondition checks and no retention; limits are still
 * enforced.
 */
public final class BulkWriter {
    private final SqliteWrites writes;
    private long nextId = -1;

    BulkWriter(SqliteWrites writes) {
        this.writes = writes;
    }

    /** Appends a version of {@code ref} written at {@code at} ({@code value == null} writes a tombstone). */
    public String append(EntryRef ref, byte @Nullable [] value, List<Long> userIds, String attributes, Instant at)
            throws SQLException {
        Limits.checkRef(ref);
        if (value != null) {
            Limits.checkValueSize(value.length);
        }
        long entryCreated = writes.current(ref).filter(c -> !c.deleted()).map(SqliteWrites.Current::entryCreatedMs)
                .orElse(at.toEpochMilli());
        return writes.append(id(), ref, value, userIds, attributes, at, entryCreated, value == null);
    }

    /**
     * Appends a version under the id {@code version} it has in another store, unless a version with that id is
     * already here (then false: a resumed or repeated mirror adds only what is new).
     */
    public boolean appendExact(EntryRef ref, String version, byte @Nullable [] value, List<Long> userIds,
                               String attributes, Instant at, Instant entryCreated) throws SQLException {
        Limits.checkRef(ref);
        if (writes.hasVersion(version)) {
            return false;
        }
        writes.append(id(), ref, value, userIds, attributes, at, entryCreated.toEpochMilli(), value == null,
                version);
        return true;
    }

    /** True when the store holds any key (current or deleted). */
    public boolean hasEntries() throws SQLException {
        return writes.hasEntries();
    }

    /** A value of the store's settings table, or null. */
    public @Nullable String setting(String name) throws SQLException {
        return writes.setting(name);
    }

    /** Sets (or, with null, removes) a value of the store's settings table in this transaction. */
    public void setting(String name, @Nullable String value) throws SQLException {
        writes.setting(name, value);
    }

    private long id() throws SQLException {
        if (nextId < 0) {
            nextId = writes.nextId();
        }
        return nextId++;
    }
}
