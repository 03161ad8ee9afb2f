package dev.profilelens.core.bulk;

import dev.profilelens.core.store.BatchReads;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The source a batch reads its keys through when the back end can read many keys at once ({@link BatchReads}): the
 * first read of a key of the set fetches it and the next {@value #CHUNK} keys in one request, and each fetched value
 * answers exactly one read; any other read (a re-read after a lost race, a retry of a live key, a version) goes to
 * the source. A value read ahead is at most one chunk old: the save use case's conditional write on its version
 * fails if it changed meanwhile, and the key is read again.
 */
final class ReadAhead extends ForwardingProfileSource {
    static final int CHUNK = 256;
    private final List<EntryRef> keys;
    private final BatchReads reads;
    private final Map<EntryRef, Integer> position = new HashMap<>();
    private final Map<EntryRef, Optional<StoredEntry>> fetched = new HashMap<>();
    private int fetchedUpTo;

    private ReadAhead(ProfileSource source, List<EntryRef> keys, BatchReads reads) {
        super(source);
        this.keys = keys;
        this.reads = reads;
        for (int i = 0; i < keys.size(); i++) {
            position.putIfAbsent(keys.get(i), i);
        }
    }

    /** {@code source} reading {@code keys} ahead when its back end can; else {@code source} itself. */
    static ProfileSource over(ProfileSource source, List<EntryRef> keys) {
        return source.underlying() instanceof BatchReads b && keys.size() > 1 ? new ReadAhead(source, keys, b)
                : source;
    }

    @Override
    public Optional<StoredEntry> read(EntryRef ref) {
        Optional<StoredEntry> ahead = fetched.remove(ref);
        if (ahead != null) {
            return ahead;
        }
        Integer at = position.get(ref);
        if (at == null || at < fetchedUpTo) {
            return delegate().read(ref);
        }
        fetch(at);
        ahead = fetched.remove(ref);
        return ahead != null ? ahead : delegate().read(ref);
    }

    private void fetch(int from) {
        fetched.clear(); // keys of the last chunk nobody read (done in an earlier run): dropped
        int to = Math.min(keys.size(), from + CHUNK);
        List<EntryRef> chunk = keys.subList(from, to);
        Map<EntryRef, StoredEntry> found = reads.readAll(chunk);
        for (EntryRef r : chunk) {
            fetched.put(r, Optional.ofNullable(found.get(r)));
        }
        fetchedUpTo = to;
    }
}
