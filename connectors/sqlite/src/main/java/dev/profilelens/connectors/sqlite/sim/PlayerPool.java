package dev.profilelens.connectors.sqlite.sim;

import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The players of the simulated game: keys of each store that hold a profile (or nothing yet), split into offline
 * and online. A player is online on at most one server at a time; corrupt values are left alone so the sandbox keeps
 * its examples. Thread-safe.
 */
final class PlayerPool {
    static final int MAX_PER_STORE = 400;
    static final int MIN_PER_STORE = 40;
    private static final long SYNTHETIC_BASE = 9_000_000L;

    private final List<EntryRef> all = new ArrayList<>();
    private final List<EntryRef> offline = new ArrayList<>();
    private final Set<EntryRef> online = new HashSet<>();
    private final Set<EntryRef> retired = new HashSet<>();

    PlayerPool(ProfileSource source, List<SimStore> stores) {
        for (SimStore s : stores) {
            List<EntryRef> found = scan(source, s);
            for (long i = 0; found.size() < MIN_PER_STORE; i++) {
                EntryRef ref = EntryRef.of(s.name(), s.keyPrefix() + (SYNTHETIC_BASE + i));
                if (!found.contains(ref)) {
                    found.add(ref);
                }
            }
            all.addAll(found);
        }
        offline.addAll(all);
    }

    private static List<EntryRef> scan(ProfileSource source, SimStore s) {
        List<EntryRef> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<EntryRef> page = source.listKeys(s.name(), EntryRef.DEFAULT_SCOPE, s.keyPrefix(), cursor, 200);
            for (EntryRef ref : page.items()) {
                if (out.size() < MAX_PER_STORE && s.userIdOf(ref.key()) >= 0 && playable(source, ref)) {
                    out.add(ref);
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null && out.size() < MAX_PER_STORE);
        return out;
    }

    private static boolean playable(ProfileSource source, EntryRef ref) {
        try {
            return source.read(ref).map(e -> ProfileCodec.read(e.value()).kind() != Kind.CORRUPT).orElse(true);
        } catch (RuntimeException e) {
            return false;
        }
    }

    synchronized Optional<EntryRef> checkOut(Random rnd) {
        if (offline.isEmpty()) {
            return Optional.empty();
        }
        int i = rnd.nextInt(offline.size());
        EntryRef ref = offline.get(i);
        offline.set(i, offline.get(offline.size() - 1));
        offline.remove(offline.size() - 1);
        online.add(ref);
        return Optional.of(ref);
    }

    synchronized void checkIn(EntryRef ref) {
        if (online.remove(ref) && !retired.contains(ref)) {
            offline.add(ref);
        }
    }

    /** The player's account is gone: they never join again (a session in progress ends as usual). */
    synchronized void retire(EntryRef ref) {
        retired.add(ref);
        all.remove(ref);
        offline.remove(ref);
    }

    /** Any player of {@code store} (online or not), e.g. a gift recipient. */
    synchronized Optional<EntryRef> anyOf(String store, Random rnd) {
        List<EntryRef> of = all.stream().filter(r -> r.store().equals(store)).toList();
        return of.isEmpty() ? Optional.empty() : Optional.of(of.get(rnd.nextInt(of.size())));
    }

    synchronized int size() {
        return all.size();
    }

    synchronized int onlineCount() {
        return online.size();
    }
}
