package dev.profilelens.core.erase;

import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.find.KeyTemplate;
import dev.profilelens.core.find.StoreCatalog;
import dev.profilelens.core.find.TemplateDetector;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreLister;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Ordered leaderboards keyed by the user: the stores named by the user plus those the source can list (DataStore2
 * backup indexes excluded: {@link Ds2Expander} covers them). Each store's key templates are {@code {id}} plus those
 * detected from a sample of its keys; one get per template. Templates and stores are worked out once.
 */
final class OrderedKeys {
    private static final int SAMPLE = 200;
    private final @Nullable OrderedSource ordered;
    private final List<OrderedStoreRef> named;
    private final StoreCatalog catalog;
    private @Nullable Map<OrderedStoreRef, List<KeyTemplate>> templates;
    private final List<String> searched = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    OrderedKeys(@Nullable OrderedSource ordered, List<OrderedStoreRef> named, StoreCatalog catalog) {
        this.ordered = ordered;
        this.named = List.copyOf(named);
        this.catalog = catalog;
    }

    List<ErasePlace> find(long userId) {
        searched.clear();
        List<ErasePlace> out = new ArrayList<>();
        OrderedSource o = ordered;
        if (o == null) {
            if (notes.isEmpty()) {
                notes.add("This connection has no ordered data stores: none were searched");
            }
            return out;
        }
        for (Map.Entry<OrderedStoreRef, List<KeyTemplate>> e : templates(o).entrySet()) {
            List<String> tried = new ArrayList<>();
            for (KeyTemplate t : e.getValue()) {
                String key = t.render(userId);
                tried.add(key);
                Optional<OrderedEntry> hit = o.get(e.getKey(), key);
                hit.ifPresent(h -> out.add(new ErasePlace(ErasePlace.Kind.ORDERED, userId, e.getKey().store(),
                        e.getKey().scope(), key, "ordered", "ordered key " + t, null)));
            }
            searched.add("ordered " + e.getKey() + ": key " + String.join(" / ", tried));
        }
        return out;
    }

    List<String> searched() {
        return List.copyOf(searched);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    private Map<OrderedStoreRef, List<KeyTemplate>> templates(OrderedSource o) {
        if (templates != null) {
            return templates;
        }
        Set<OrderedStoreRef> stores = new LinkedHashSet<>(named);
        if (o instanceof OrderedStoreLister lister) {
            Set<String> masters = catalog.ds2Masters();
            lister.orderedStores().stream().filter(s -> Ds2Address.fromStoreName(s.store())
                    .map(a -> !masters.contains(a.master())).orElse(true)).forEach(stores::add);
        } else {
            notes.add("Ordered data stores cannot be listed on " + o.describe() + ": only "
                    + (named.isEmpty() ? "DataStore2 backup indexes were searched; name leaderboards to search them"
                    : "the ordered stores named and DataStore2 backup indexes were searched"));
        }
        templates = new LinkedHashMap<>();
        for (OrderedStoreRef s : stores) {
            Set<KeyTemplate> ts = new LinkedHashSet<>();
            ts.add(KeyTemplate.parse(KeyTemplate.TOKEN));
            ts.addAll(TemplateDetector.detect(sample(o, s)));
            templates.put(s, List.copyOf(ts));
        }
        return templates;
    }

    private static List<String> sample(OrderedSource o, OrderedStoreRef store) {
        List<String> keys = new ArrayList<>();
        String cursor = null;
        do {
            Page<OrderedEntry> page = o.list(store, OrderedQuery.ascending(), cursor, 100);
            page.items().forEach(e -> keys.add(e.key()));
            cursor = page.nextCursor();
        } while (cursor != null && keys.size() < SAMPLE);
        return keys;
    }
}
