package dev.profilelens.core.find;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Existing keys closest to a UserId that matched nothing: under each store's templates, the keys sharing the
 * longest leading digits with the UserId (a typo in the last digits, or a neighbouring player), nearest first.
 */
final class NearestKeys {
    static final int MAX = 5;
    private static final int PAGE = 100;

    private NearestKeys() {
    }

    record Candidate(String label, long distance) {
    }

    static List<String> of(ProfileSource source, StoreCatalog catalog, long userId, Set<String> stores) {
        List<Candidate> all = new ArrayList<>();
        String digits = Long.toString(userId);
        for (String store : catalog.plainStores()) {
            if (!stores.isEmpty() && !stores.contains(store)) {
                continue;
            }
            for (KeyTemplate t : catalog.templates(store)) {
                for (int keep = digits.length() - 1; keep >= Math.max(1, digits.length() - 4); keep--) {
                    List<Candidate> found = around(source, store, t, digits.substring(0, keep), userId);
                    if (!found.isEmpty()) {
                        all.addAll(found);
                        break;
                    }
                }
            }
        }
        all.sort(Comparator.comparingLong(Candidate::distance).thenComparing(Candidate::label));
        return all.stream().limit(MAX).map(Candidate::label).distinct().toList();
    }

    private static List<Candidate> around(ProfileSource source, String store, KeyTemplate t, String lead,
                                          long userId) {
        Page<EntryRef> page = source.listKeys(store, null, t.prefix() + lead, null, PAGE);
        List<Candidate> out = new ArrayList<>();
        for (EntryRef r : page.items()) {
            OptionalLong id = t.match(r.key());
            if (id.isPresent()) {
                out.add(new Candidate(r.store() + "/" + r.scope() + "/" + r.key(),
                        Math.abs(id.getAsLong() - userId)));
            }
        }
        return out;
    }
}
