package dev.profilelens.core.find;

import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds every place a UserId's data lives (issue #20 item 1): in each store, the keys its templates give the
 * UserId, in every scope (one listing per template, so scopes such as {@code beta} are found too); the keys whose
 * UserIds metadata holds the user, where the source keeps an index of it; and DataStore2 per-player stores
 * {@code MASTER/USERID}. Each hit is read once for its dialect, kind and lock. Blocking: never on the FX thread.
 */
public final class PlayerFinder {
    private static final int PAGE = 100;
    private final ProfileSource source;
    private final StoreCatalog catalog;
    private final HitReader reader;

    public PlayerFinder(ProfileSource source, StoreCatalog catalog, Clock clock) {
        this.source = source;
        this.catalog = catalog;
        this.reader = new HitReader(source, clock);
    }

    /** Searches {@code stores} (empty: every store; a DataStore2 master name selects its per-player stores). */
    public FindReport find(long userId, Set<String> stores) {
        List<FindHit> hits = new ArrayList<>();
        Set<EntryRef> seen = new LinkedHashSet<>();
        List<String> searched = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String store : catalog.plainStores()) {
            if (!stores.isEmpty() && !stores.contains(store)) {
                continue;
            }
            List<KeyTemplate> templates = catalog.templates(store);
            if (templates.isEmpty()) {
                searched.add(store + ": no key template (its keys hold no UserId); set one for this connection");
                continue;
            }
            List<String> tried = new ArrayList<>();
            for (KeyTemplate t : templates) {
                String key = t.render(userId);
                tried.add(key);
                for (EntryRef ref : exactKeys(store, key)) {
                    if (seen.add(ref)) {
                        reader.read(ref, "template " + t).ifPresent(hits::add);
                    }
                }
            }
            searched.add(store + ": key " + String.join(" / ", tried) + " in every scope ("
                    + (catalog.isOverridden(store) ? "templates set for this connection" : "templates detected")
                    + ")");
        }
        searchDs2(userId, stores, hits, searched);
        searchUserIds(userId, stores, seen, hits, searched, notes);
        hits.sort(Comparator.comparing(FindHit::store).thenComparing(FindHit::scope).thenComparing(FindHit::key));
        List<String> nearest = hits.isEmpty() ? NearestKeys.of(source, catalog, userId, stores) : List.of();
        return new FindReport(userId, hits, searched, nearest, notes);
    }

    private List<EntryRef> exactKeys(String store, String key) {
        List<EntryRef> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<EntryRef> page = source.listKeys(store, null, key, cursor, PAGE);
            page.items().stream().filter(r -> r.key().equals(key)).forEach(out::add);
            cursor = page.nextCursor();
            if (!page.items().isEmpty() && !page.items().get(page.items().size() - 1).key().equals(key)) {
                break;
            }
        } while (cursor != null);
        return out;
    }

    private void searchDs2(long userId, Set<String> stores, List<FindHit> hits, List<String> searched) {
        for (String master : catalog.ds2Masters()) {
            String name = master + "/" + userId;
            if (!stores.isEmpty() && !stores.contains(master) && !stores.contains(name)) {
                continue;
            }
            searched.add("DataStore2 " + master + ": store " + name);
            if (catalog.hasDs2Store(master, userId)) {
                EntryRef newest = newestDs2Entry(name);
                hits.add(new FindHit(master, EntryRef.DEFAULT_SCOPE, "ds2:" + name, newest, "datastore2", "value",
                        null, "datastore2"));
            }
        }
    }

    /** DataStore2 writes each save under the next counter; the highest counter is the newest save. */
    private @Nullable EntryRef newestDs2Entry(String store) {
        EntryRef best = null;
        long bestN = -1;
        String cursor = null;
        do {
            Page<EntryRef> page = source.listKeys(store, EntryRef.DEFAULT_SCOPE, "", cursor, PAGE);
            for (EntryRef r : page.items()) {
                OptionalLong n = KeyTemplate.parseId(r.key());
                if (n.isPresent() && n.getAsLong() > bestN) {
                    bestN = n.getAsLong();
                    best = r;
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return best;
    }

    private void searchUserIds(long userId, Set<String> stores, Set<EntryRef> seen, List<FindHit> hits,
                               List<String> searched, List<String> notes) {
        // the lookup is the back end's own index: a wrapper that only picks the calling thread does not hide it
        if (!(source.underlying() instanceof UserIdsLookup lookup)) {
            notes.add("UserIds metadata was not searched: " + source.describe() + " keeps no index of it "
                    + "(mirror it to a local store to search it)");
            return;
        }
        // the backups of a DataStore2 player found above are that one place, not one place each (ADR 0183)
        Set<String> ds2Backups = hits.stream().filter(h -> h.key().startsWith(Ds2Address.PREFIX))
                .map(h -> h.key().substring(Ds2Address.PREFIX.length())).collect(Collectors.toSet());
        List<EntryRef> holding = lookup.keysHolding(userId).stream()
                .filter(r -> stores.isEmpty() || stores.contains(r.store()))
                .filter(r -> !ds2Backups.contains(r.store())).collect(Collectors.toList());
        searched.add("UserIds metadata of every key" + (stores.isEmpty() ? "" : " in " + String.join(", ", stores)));
        for (EntryRef ref : holding) {
            if (seen.add(ref)) {
                reader.read(ref, "UserIds").ifPresent(hits::add);
            }
        }
    }
}
