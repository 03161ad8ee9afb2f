package dev.profilelens.core.store;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The port every back end implements (SQLite sandbox, Open Cloud, emulator, in-memory). All methods may block on
 * I/O and must never be called on the FX thread. Errors are {@code InspectorException}s with user messages:
 * {@code InvalidInputException} for names/keys/values beyond Roblox limits, {@code VersionConflictException} for
 * a failed precondition, {@code RefusedException} for writes to a read-only source,
 * {@code UnavailableException} when the back end stays unreachable or throttled.
 */
public interface ProfileSource extends AutoCloseable {

    /** A short human description, e.g. "sandbox (~/.local/share/profilelens/sandbox.db)". */
    String describe();

    SourceCapabilities capabilities();

    /** Data stores whose name starts with {@code prefix} ("" for all), ordered by name. */
    Page<DataStoreInfo> listDataStores(String prefix, @Nullable String cursor, int limit);

    /**
     * Keys of a store ordered by key, filtered by prefix. {@code scope == null} lists every scope.
     * Tombstoned keys are not listed.
     */
    Page<EntryRef> listKeys(String store, @Nullable String scope, String prefix, @Nullable String cursor, int limit);

    /** The current value, or empty when the key is missing or tombstoned. */
    Optional<StoredEntry> read(EntryRef ref);

    /** Writes one value if the precondition holds; else throws {@link VersionConflictException}. */
    WriteResult write(WriteRequest request);

    /** Deletes the key (a tombstone version; history stays readable). No-op when already absent. */
    void delete(EntryRef ref);

    /** Versions of an entry within the query's window and order. */
    Page<VersionInfo> listVersions(EntryRef ref, VersionQuery query, @Nullable String cursor, int limit);

    /** One historical version; empty when unknown or a tombstone. */
    Optional<StoredEntry> readVersion(EntryRef ref, String version);

    /**
     * The back end itself beneath any wrapper that only changes which thread calls it (the app's connection lane),
     * for connectors that read their own local files faster directly (a SQLite scan). Decorators that change
     * behaviour (faults, checks) must not unwrap.
     */
    default ProfileSource underlying() {
        return this;
    }

    @Override
    void close();
}
