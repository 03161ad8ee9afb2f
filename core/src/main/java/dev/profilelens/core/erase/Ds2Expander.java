package dev.profilelens.core.erase;

import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A DataStore2 player's places (datastore2.md §1.9 item 7): every standard entry of the per-player store
 * {@code MASTER/USERID} (all scopes), every ordered entry of the ordered store of the same name (which deletion
 * templates cannot cover), and the Standard/migrated key {@code USERID} in {@code MASTER}.
 */
final class Ds2Expander {
    private static final int PAGE = 100;
    private final ProfileSource source;
    private final @Nullable OrderedSource ordered;

    Ds2Expander(ProfileSource source, @Nullable OrderedSource ordered) {
        this.source = source;
        this.ordered = ordered;
    }

    List<ErasePlace> expand(long userId, String master) {
        String store = master + "/" + userId;
        List<ErasePlace> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<EntryRef> page = source.listKeys(store, null, "", cursor, PAGE);
            for (EntryRef r : page.items()) {
                out.add(new ErasePlace(ErasePlace.Kind.KEY, userId, r.store(), r.scope(), r.key(), "datastore2",
                        "DataStore2 backup", null));
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        if (ordered != null) {
            OrderedStoreRef index = OrderedStoreRef.of(store);
            cursor = null;
            do {
                Page<OrderedEntry> page = ordered.list(index, OrderedQuery.ascending(), cursor, PAGE);
                for (OrderedEntry e : page.items()) {
                    out.add(new ErasePlace(ErasePlace.Kind.ORDERED, userId, store, index.scope(), e.key(),
                            "datastore2", "DataStore2 backup index", null));
                }
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        String key = Long.toString(userId);
        cursor = null;
        do {
            Page<EntryRef> page = source.listKeys(master, null, key, cursor, PAGE);
            page.items().stream().filter(r -> r.key().equals(key)).forEach(r -> out.add(new ErasePlace(
                    ErasePlace.Kind.KEY, userId, r.store(), r.scope(), r.key(), "datastore2",
                    "DataStore2 Standard location", null)));
            cursor = page.items().stream().anyMatch(r -> !r.key().equals(key)) ? null : page.nextCursor();
        } while (cursor != null);
        return out;
    }
}
