package dev.profilelens.connectors.sqlite.sim;

import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ds2.Ds2Layout;
import dev.profilelens.core.ds2.Ds2Places;
import dev.profilelens.core.ds2.Ds2Player;
import dev.profilelens.core.ds2.Ds2Reader;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The DataStore2 players of the simulated game (master {@code DATA}, OrderedBackups): those the module itself would
 * load and save cleanly. Ambiguous (migrated), unindexed (#206) and rule-breaking players are left alone so the
 * sandbox keeps its examples. A player is in at most one server at a time. Thread-safe.
 */
public final class Ds2Roster {
    public static final String MASTER = "DATA";
    private final List<Ds2Address> offline = new ArrayList<>();
    private final Set<Ds2Address> online = new HashSet<>();

    public Ds2Roster(ProfileSource standard, OrderedSource ordered) {
        Ds2Reader reader = new Ds2Reader(standard, ordered);
        String cursor = null;
        do {
            Page<DataStoreInfo> page = standard.listDataStores(MASTER + "/", cursor, 200);
            for (DataStoreInfo s : page.items()) {
                Optional<Ds2Address> a = Ds2Address.fromStoreName(s.name());
                if (a.isPresent() && a.get().master().equals(MASTER)) {
                    Ds2Player p = reader.read(a.get(), Ds2Places.of(a.get(), "global"), Ds2Layout.AUTO, true);
                    if (p.exists() && p.readOnly() == null && p.layout() == Ds2Layout.ORDERED_BACKUPS) {
                        offline.add(a.get());
                    }
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
    }

    synchronized Optional<Ds2Address> checkOut(Random rnd) {
        if (offline.isEmpty()) {
            return Optional.empty();
        }
        Ds2Address a = offline.remove(rnd.nextInt(offline.size()));
        online.add(a);
        return Optional.of(a);
    }

    synchronized void checkIn(Ds2Address a) {
        if (online.remove(a)) {
            offline.add(a);
        }
    }

    public synchronized int size() {
        return offline.size() + online.size();
    }
}
