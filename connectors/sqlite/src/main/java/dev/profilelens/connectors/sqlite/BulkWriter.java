package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Appends versions with explicit times inside one transaction: the seeder writes weeks of history this way.
 * No precondition checks and no retention; limits are still enforced.
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
        if (nextId < 0) {
            nextId = writes.nextId();
        }
        return writes.append(nextId++, ref, value, userIds, attributes, at, entryCreated, value == null);
    }
}
