package dev.profilelens.core.store;

import dev.profilelens.core.error.RefusedException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A thread-safe in-memory source with full version history and an injectable clock. Used by tests, the session
 * runtime's scenarios and as a reference implementation of the SPI contract.
 */
public final class InMemoryProfileSource implements ProfileSource, BatchWrites {
    private record Version(String id, byte @Nullable [] value, List<Long> userIds, String attributes,
                           Instant created) {
    }

    private final NavigableMap<String, List<Version>> entries = new TreeMap<>();
    private final Map<String, Instant> storesCreated = new TreeMap<>();
    private final Clock clock;
    private final boolean readOnly;
    private long sequence;

    public InMemoryProfileSource(Clock clock) {
        this(clock, false);
    }

    public InMemoryProfileSource(Clock clock, boolean readOnly) {
        this.clock = clock;
        this.readOnly = readOnly;
    }

    private static String id(EntryRef ref) {
        return ref.store() + '\u0000' + ref.scope() + '\u0000' + ref.key();
    }

    private static EntryRef ref(String id) {
        String[] p = id.split("\u0000", 3);
        return new EntryRef(p[0], p[1], p[2]);
    }

    @Override
    public String describe() {
        return "in-memory store";
    }

    @Override
    public SourceCapabilities capabilities() {
        return new SourceCapabilities(readOnly, true, null);
    }

    @Override
    public synchronized Page<DataStoreInfo> listDataStores(String prefix, @Nullable String cursor, int limit) {
        List<DataStoreInfo> out = new ArrayList<>();
        String next = null;
        for (Map.Entry<String, Instant> e : storesCreated.entrySet()) {
            if (!e.getKey().startsWith(prefix) || (cursor != null && e.getKey().compareTo(cursor) <= 0)) {
                continue;
            }
            if (out.size() == limit) {
                next = out.get(out.size() - 1).name();
                break;
            }
            out.add(new DataStoreInfo(e.getKey(), e.getValue()));
        }
        return new Page<>(out, next);
    }

    @Override
    public synchronized Page<EntryRef> listKeys(String store, @Nullable String scope, String prefix,
                                                @Nullable String cursor, int limit) {
        Limits.checkName("data store name", store);
        List<EntryRef> out = new ArrayList<>();
        String next = null;
        String from = cursor != null ? cursor : store + '\u0000';
        for (Map.Entry<String, List<Version>> e : entries.tailMap(from, cursor == null).entrySet()) {
            EntryRef r = ref(e.getKey());
            if (!r.store().equals(store)) {
                break;
            }
            if ((scope != null && !r.scope().equals(scope)) || !r.key().startsWith(prefix) || current(e) == null) {
                continue;
            }
            if (out.size() == limit) {
                next = id(out.get(out.size() - 1));
                break;
            }
            out.add(r);
        }
        return new Page<>(out, next);
    }

    private static @Nullable Version current(Map.Entry<String, List<Version>> e) {
        Version v = e.getValue().get(e.getValue().size() - 1);
        return v.value() == null ? null : v;
    }

    @Override
    public synchronized Optional<StoredEntry> read(EntryRef ref) {
        Limits.checkRef(ref);
        List<Version> versions = entries.get(id(ref));
        if (versions == null) {
            return Optional.empty();
        }
        return toEntry(ref, versions, versions.get(versions.size() - 1));
    }

    private static Optional<StoredEntry> toEntry(EntryRef ref, List<Version> versions, Version v) {
        if (v.value() == null) {
            return Optional.empty();
        }
        return Optional.of(new StoredEntry(ref, v.value().clone(), v.id(), v.userIds(), v.attributes(),
                versions.get(0).created(), v.created()));
    }

    @Override
    public synchronized WriteResult write(WriteRequest request) {
        refuseIfReadOnly();
        Limits.checkWrite(request);
        EntryRef ref = request.ref();
        List<Version> versions = entries.get(id(ref));
        Version cur = versions == null ? null : versions.get(versions.size() - 1);
        boolean exists = cur != null && cur.value() != null;
        Precondition p = request.precondition();
        boolean ok = switch (p.kind()) {
            case NONE -> true;
            case MUST_NOT_EXIST -> !exists;
            case MATCH_VERSION -> cur != null && exists && cur.id().equals(p.version());
        };
        if (!ok) {
            throw new VersionConflictException(ref, versions != null && cur != null && exists
                    ? toEntry(ref, versions, cur).orElse(null) : null);
        }
        Version v = new Version(nextVersion(), request.value().clone(), request.userIds(),
                request.attributesJson(), clock.instant());
        entries.computeIfAbsent(id(ref), k -> new ArrayList<>()).add(v);
        storesCreated.putIfAbsent(ref.store(), v.created());
        return new WriteResult(v.id(), v.created());
    }

    /** The group as {@link #write} would write each, checked whole first (nothing is written when one is refused). */
    @Override
    public synchronized List<Optional<WriteResult>> writeAll(List<WriteRequest> requests) {
        refuseIfReadOnly();
        requests.forEach(Limits::checkWrite);
        List<Optional<WriteResult>> out = new ArrayList<>(requests.size());
        for (WriteRequest r : requests) {
            try {
                out.add(Optional.of(write(r)));
            } catch (VersionConflictException changed) {
                out.add(Optional.empty());
            }
        }
        return out;
    }

    private String nextVersion() {
        sequence++;
        return String.format("%016X.%010X.%016X.01", 0L, sequence, clock.millis());
    }

    private void refuseIfReadOnly() {
        if (readOnly) {
            throw new RefusedException("This source is read-only");
        }
    }

    @Override
    public synchronized void delete(EntryRef ref) {
        refuseIfReadOnly();
        Limits.checkRef(ref);
        List<Version> versions = entries.get(id(ref));
        if (versions != null && versions.get(versions.size() - 1).value() != null) {
            versions.add(new Version(nextVersion(), null, List.of(), "{}", clock.instant()));
        }
    }

    @Override
    public synchronized Page<VersionInfo> listVersions(EntryRef ref, VersionQuery query, @Nullable String cursor,
                                                       int limit) {
        Limits.checkRef(ref);
        List<Version> versions = entries.getOrDefault(id(ref), List.of());
        List<VersionInfo> all = new ArrayList<>();
        for (Version v : versions) {
            if (query.contains(v.created())) {
                all.add(new VersionInfo(v.id(), v.created(), v.value() == null,
                        v.value() == null ? 0 : v.value().length));
            }
        }
        if (query.descending()) {
            Collections.reverse(all);
        }
        int start = cursor == null ? 0 : Integer.parseInt(cursor);
        int end = Math.min(all.size(), start + limit);
        return new Page<>(all.subList(start, end), end < all.size() ? Integer.toString(end) : null);
    }

    @Override
    public synchronized Optional<StoredEntry> readVersion(EntryRef ref, String version) {
        Limits.checkRef(ref);
        List<Version> versions = entries.getOrDefault(id(ref), List.of());
        for (Version v : versions) {
            if (v.id().equals(version)) {
                return toEntry(ref, versions, v);
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        // nothing to release
    }
}
