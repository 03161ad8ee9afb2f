package dev.profilelens.core.overview;

import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.lock.LockClassifier;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads every key of a store (all scopes) one page at a time and sums up formats, lock states and sizes. Each
 * {@link #next()} reads one page, so a caller can run the pages as separate tasks on a connection's ordered worker
 * and other requests get their turn in between; the scan stops at {@code maxKeys}.
 */
public final class StoreSurveyor {
    static final int PAGE = 100;
    /** The format of a value that is not JSON ProfileLens reads (invalid, or nested too deep). */
    static final String UNREADABLE = "not readable JSON";
    private final ProfileSource source;
    private final String store;
    private final LockClassifier locks;
    private final Clock clock;
    private final int top;
    private final long maxKeys;
    private final TreeMap<String, Long> formats = new TreeMap<>();
    private final TreeMap<String, Long> lockCounts = new TreeMap<>();
    private final PriorityQueue<KeySize> biggest = new PriorityQueue<>(Comparator.comparingLong(KeySize::bytes));
    private final Set<Long> users = new HashSet<>();
    private long keys;
    private long bytes;
    private @Nullable String cursor;
    private boolean started;

    public StoreSurveyor(ProfileSource source, String store, Clock clock, int top, long maxKeys) {
        this.source = source;
        this.store = store;
        this.clock = clock;
        this.locks = new LockClassifier(clock);
        this.top = top;
        this.maxKeys = maxKeys;
    }

    /** Reads the next page; false when there is nothing left to read (or the cap is reached). */
    public boolean next() {
        if (!hasMore()) {
            return false;
        }
        started = true;
        Page<EntryRef> page = source.listKeys(store, null, "", cursor, PAGE);
        for (EntryRef ref : page.items()) {
            source.read(ref).ifPresent(this::count);
        }
        cursor = page.nextCursor();
        return hasMore();
    }

    /** Reads every page. */
    public StoreSurvey all() {
        while (next()) {
            // one page per turn
        }
        return result();
    }

    public long keysRead() {
        return keys;
    }

    /** What was found so far; {@code complete} when every key was read. */
    public StoreSurvey result() {
        ArrayList<KeySize> largestFirst = new ArrayList<>(biggest);
        largestFirst.sort(Comparator.comparingLong(KeySize::bytes).reversed());
        return new StoreSurvey(store, keys, started && cursor == null, formats, lockCounts, bytes, largestFirst,
                users.size(), clock.instant());
    }

    private boolean hasMore() {
        return (!started || cursor != null) && keys < maxKeys;
    }

    private void count(StoredEntry entry) {
        keys++;
        bytes += entry.sizeBytes();
        users.addAll(entry.userIds());
        biggest.add(new KeySize(entry.ref(), entry.sizeBytes()));
        if (biggest.size() > top) {
            biggest.poll();
        }
        ProfileReading r;
        try {
            r = ProfileCodec.readWithoutData(entry.value());
        } catch (InvalidInputException notReadable) {
            // one damaged value is counted as such; it does not end the scan of the others
            formats.merge(UNREADABLE, 1L, Long::sum);
            return;
        }
        formats.merge(format(r), 1L, Long::sum);
        if (r.kind() == Kind.PROFILE) {
            lockCounts.merge(locks.classify(r).status().name().toLowerCase(Locale.ROOT), 1L, Long::sum);
        }
    }

    static String format(ProfileReading r) {
        return switch (r.kind()) {
            case PROFILE -> r.dialect() == Dialect.UNKNOWN ? "profile, library unknown" : r.dialect().label();
            case UNKNOWN -> "profile-like, library unknown (read-only)";
            case PLACEHOLDER -> "placeholder";
            case CORRUPT -> "corrupt";
            case MISSING -> "other";
        };
    }
}
