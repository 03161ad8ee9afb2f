package dev.profilelens.core.find;

import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A connection's stores and each store's key templates, listed and detected once and kept (one per connection).
 * Stores named {@code MASTER/USERID} are DataStore2 per-player stores (spec/datastore2.md §1.3): they are
 * grouped under their master and not sampled. Templates set by the user replace the detected ones.
 */
public final class StoreCatalog {
    static final int SAMPLE = 200;
    private static final int PAGE = 100;
    private static final Pattern DS2 = Pattern.compile("(.+)/([1-9][0-9]{0,17})");
    private final ProfileSource source;
    private final Map<String, List<KeyTemplate>> overrides;
    private final Map<String, List<KeyTemplate>> detected = new LinkedHashMap<>();
    /** The connection's stores, listed at the first question and kept. */
    private record Listing(List<String> plainStores, Set<String> ds2Stores, Set<String> ds2Masters) {
    }

    private @Nullable Listing listing;

    /** {@code overrides}: templates per store name set by the user for this connection. */
    public StoreCatalog(ProfileSource source, Map<String, List<KeyTemplate>> overrides) {
        this.source = source;
        this.overrides = Map.copyOf(overrides);
    }

    /** Stores that are not DataStore2 per-player stores, by name. */
    public synchronized List<String> plainStores() {
        return load().plainStores();
    }

    /** DataStore2 master keys seen ({@code DATA} for stores {@code DATA/123}…). */
    public synchronized Set<String> ds2Masters() {
        return load().ds2Masters();
    }

    /** True when the DataStore2 per-player store {@code master/userId} exists. */
    public synchronized boolean hasDs2Store(String master, long userId) {
        return load().ds2Stores().contains(master + "/" + userId);
    }

    /** The templates used for {@code store}: the user's, else those detected from a sample of its keys. */
    public synchronized List<KeyTemplate> templates(String store) {
        List<KeyTemplate> set = overrides.get(store);
        if (set != null) {
            return set;
        }
        return detected.computeIfAbsent(store, this::detect);
    }

    /** The templates detected from a sample of the store's keys, whatever the user set. */
    public synchronized List<KeyTemplate> detected(String store) {
        return detected.computeIfAbsent(store, this::detect);
    }

    /** True when the user set this store's templates. */
    public boolean isOverridden(String store) {
        return overrides.containsKey(store);
    }

    private List<KeyTemplate> detect(String store) {
        List<String> keys = new ArrayList<>();
        String cursor = null;
        do {
            Page<EntryRef> page = source.listKeys(store, null, "", cursor, Math.min(PAGE, SAMPLE - keys.size()));
            page.items().forEach(r -> keys.add(r.key()));
            cursor = page.nextCursor();
        } while (cursor != null && keys.size() < SAMPLE);
        return TemplateDetector.detect(keys);
    }

    private Listing load() {
        if (listing != null) {
            return listing;
        }
        List<String> plain = new ArrayList<>();
        Set<String> ds2 = new TreeSet<>();
        Set<String> masters = new TreeSet<>();
        String cursor = null;
        do {
            Page<DataStoreInfo> page = source.listDataStores("", cursor, PAGE);
            for (DataStoreInfo s : page.items()) {
                Matcher m = DS2.matcher(s.name());
                if (m.matches()) {
                    ds2.add(s.name());
                    masters.add(m.group(1));
                } else {
                    plain.add(s.name());
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        Listing l = new Listing(List.copyOf(plain), Set.copyOf(ds2), Set.copyOf(masters));
        listing = l;
        return l;
    }
}
