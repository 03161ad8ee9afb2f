package dev.profilelens.core.ds2;

import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.audit.index.ScanFeed;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.RequestBudget;
import dev.profilelens.core.store.StoredEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The path audit over DataStore2 players (issue #19 item 6, ADR 0184): the players of a master key are the standard
 * stores named {@code MASTER/USERID} (OrderedBackups), each read as its latest backup (one ordered list, one get).
 * Entries come back keyed {@code ds2:MASTER/USERID} in store {@code ds2:MASTER}, so the index and its CSV name the
 * player; the cursor is the last store name. Players without a backup are skipped.
 */
public final class Ds2ScanFeed implements ScanFeed {
    private static final int LIST_PAGE = 100;
    private final ProfileSource standard;
    private final OrderedSource ordered;
    private final String master;
    private final @Nullable String userIdPrefix;
    private final RequestPacer pacer;

    /** {@code userIdPrefix}: only user ids starting with it ({@code --prefix}); empty for all. */
    public Ds2ScanFeed(ProfileSource standard, OrderedSource ordered, String master, String userIdPrefix,
                       RequestPacer pacer) {
        this.standard = standard;
        this.ordered = ordered;
        this.master = master;
        this.userIdPrefix = userIdPrefix;
        this.pacer = pacer;
    }

    private String prefix() {
        return master + "/" + (userIdPrefix == null ? "" : userIdPrefix);
    }

    private Optional<Ds2Address> player(DataStoreInfo s) {
        return Ds2Address.fromStoreName(s.name()).filter(a -> a.master().equals(master));
    }

    @Override
    public long countKeys() {
        long n = 0;
        String cursor = null;
        do {
            pacer.acquire(RequestBudget.Category.LIST);
            Page<DataStoreInfo> page = standard.listDataStores(prefix(), cursor, LIST_PAGE);
            n += page.items().stream().filter(s -> player(s).isPresent()).count();
            cursor = page.nextCursor();
        } while (cursor != null);
        return n;
    }

    @Override
    public Page<StoredEntry> page(@Nullable String cursor, int limit) {
        pacer.acquire(RequestBudget.Category.LIST);
        Page<DataStoreInfo> stores = standard.listDataStores(prefix(), cursor, Math.min(limit, LIST_PAGE));
        List<StoredEntry> out = new ArrayList<>();
        for (DataStoreInfo s : stores.items()) {
            Optional<Ds2Address> a = player(s);
            if (a.isEmpty()) {
                continue;
            }
            Ds2Places places = Ds2Places.of(a.get(), EntryRef.DEFAULT_SCOPE);
            // the player's latest value as DataStore2 (and the migration module) would load it: a migrated
            // player's Standard location wins over its old backups (one get, one ordered list, one get)
            pacer.acquire(RequestBudget.Category.READ);
            pacer.acquire(RequestBudget.Category.LIST);
            pacer.acquire(RequestBudget.Category.READ);
            StoredEntry e = new Ds2Reader(standard, ordered).read(a.get(), places, Ds2Layout.AUTO, false).latest();
            if (e != null) {
                out.add(new StoredEntry(new EntryRef(Ds2Address.PREFIX + master, EntryRef.DEFAULT_SCOPE,
                        a.get().toString()), e.value(), e.version(), e.userIds(), e.attributesJson(), e.created(),
                        e.updated()));
            }
        }
        return new Page<>(out, stores.nextCursor());
    }
}
