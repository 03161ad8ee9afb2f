package dev.profilelens.core.erase;

import dev.profilelens.core.find.FindHit;
import dev.profilelens.core.find.FindReport;
import dev.profilelens.core.find.PlayerFinder;
import dev.profilelens.core.find.StoreCatalog;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Plans an erase (issue #21 item 1): for each user, every key {@link PlayerFinder} finds (key templates in every
 * store and scope, keys whose UserIds hold the user), each DataStore2 player expanded to all its standard and
 * ordered entries ({@link Ds2Expander}), ordered leaderboards keyed by the user ({@link OrderedKeys}), and optionally
 * a scan of a local copy for other values that mention the user ({@link MirrorScan}, for review only). Blocking.
 */
public final class ErasePlanner {
    private final PlayerFinder finder;
    private final Ds2Expander ds2;
    private final OrderedKeys leaderboards;

    /**
     * @param ordered      the connection's ordered stores, or null when it has none
     * @param leaderboards ordered stores named by the user (added to those the source can list)
     */
    public ErasePlanner(ProfileSource source, @Nullable OrderedSource ordered, StoreCatalog catalog,
                        List<OrderedStoreRef> leaderboards, Clock clock) {
        this.finder = new PlayerFinder(source, catalog, clock);
        this.ds2 = new Ds2Expander(source, ordered);
        this.leaderboards = new OrderedKeys(ordered, leaderboards, catalog);
    }

    /** The plan for {@code request}; {@code mirror}, when given, is scanned for other values naming the users. */
    public ErasePlan plan(ErasureRequest request, @Nullable ProfileSource mirror, List<String> requestNotes) {
        List<ErasePlace> places = new ArrayList<>();
        List<String> searched = new ArrayList<>();
        List<String> notes = new ArrayList<>(requestNotes);
        List<Long> unmatched = new ArrayList<>();
        for (long userId : request.userIds()) {
            int before = places.size();
            FindReport found = finder.find(userId, Set.of());
            for (FindHit hit : found.hits()) {
                if (hit.key().startsWith("ds2:")) {
                    places.addAll(ds2.expand(userId, hit.store()));
                } else {
                    places.add(new ErasePlace(ErasePlace.Kind.KEY, userId, hit.store(), hit.scope(), hit.key(),
                            hit.dialect(), hit.via(), hit.lock()));
                }
            }
            places.addAll(leaderboards.find(userId));
            prefixed(userId, found.searched(), searched, request);
            prefixed(userId, leaderboards.searched(), searched, request);
            found.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
            if (places.size() == before) {
                unmatched.add(userId);
            }
        }
        notes.addAll(leaderboards.notes());
        List<ReviewHit> review = List.of();
        if (mirror != null) {
            Set<EntryRef> planned = new LinkedHashSet<>();
            places.stream().filter(p -> p.kind() == ErasePlace.Kind.KEY).forEach(p -> planned.add(p.ref()));
            review = MirrorScan.scan(mirror, request.userIds(), planned);
            searched.add("values of every key in " + mirror.describe() + " (for review)");
        } else {
            notes.add("Other profiles were not scanned for the UserId (gifts, friend lists, trade logs): give a "
                    + "mirror (a local copy) to list them for review");
        }
        return new ErasePlan(request, dedupe(places), review, searched, notes, unmatched);
    }

    private static void prefixed(long userId, List<String> lines, List<String> out, ErasureRequest request) {
        lines.forEach(l -> out.add(request.userIds().size() == 1 ? l : userId + ": " + l));
    }

    private static List<ErasePlace> dedupe(List<ErasePlace> places) {
        Set<String> seen = new LinkedHashSet<>();
        return places.stream().filter(p -> seen.add(p.display())).toList();
    }
}
