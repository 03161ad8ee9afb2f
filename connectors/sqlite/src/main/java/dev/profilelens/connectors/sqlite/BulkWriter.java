package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.mirror.MirroredEntry;
import dev.profilelens.core.mirror.MirroredVersion;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
     * Appends each version of a page of mirrored entries (oldest of each key first) under the id it has in the
     * source, unless a version with that id is already here: a resumed or repeated mirror adds only what is new.
     * Which ids are present is asked once for the page. Returns how many versions were added.
     */
    public long appendExactAll(List<MirroredEntry> entries) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (MirroredEntry e : entries) {
            Limits.checkRef(e.ref());
            e.versions().forEach(v -> ids.add(v.version()));
        }
        Set<String> present = writes.versionsPresent(ids);
        long added = 0;
        for (MirroredEntry e : entries) {
            for (MirroredVersion v : e.versions()) {
                if (present.add(v.version())) {
                    writes.append(id(), e.ref(), v.value(), v.userIds(), v.attributesJson(), v.at(),
                            e.created().toEpochMilli(), v.value() == null, v.version());
                    added++;
                }
            }
        }
        return added;
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
