package dev.profilelens.core.mirror;

import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreLister;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.Page;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Copies ordered data stores into a mirror (issue #21 item 2, ADR 0171), after the standard stores. Ordered entries
 * have no versions or metadata: a copy is the key and value, replaced as a whole. Each store and scope keeps its own
 * position in the target, so a run after a full disk or a cancel lists only what was not copied (ADR 0235). The
 * ordered client paces itself on its own budget family (ADR 0131).
 */
public final class OrderedMirror {
    private static final int PAGE = 100;
    private final OrderedSource source;

    public OrderedMirror(OrderedSource source) {
        this.source = source;
    }

    /**
     * The ordered stores to copy: every one the source lists (filtered by {@code only} store names when given), or,
     * where it cannot list them, those {@code named} plus the ordered twin of each DataStore2 per-player store
     * among {@code standardStores} (both are named {@code MASTER/USERID}).
     */
    public List<OrderedStoreRef> stores(List<OrderedStoreRef> named, List<String> standardStores, List<String> only) {
        Set<OrderedStoreRef> out = new LinkedHashSet<>(named);
        if (source instanceof OrderedStoreLister lister) {
            out.addAll(lister.orderedStores());
        } else {
            standardStores.stream().filter(s -> Ds2Address.fromStoreName(s).isPresent())
                    .forEach(s -> out.add(OrderedStoreRef.of(s)));
        }
        return out.stream().filter(s -> only.isEmpty() || only.contains(s.store())).toList();
    }

    /** What {@link #copy} did: entries copied, and whether every store was finished (false: cancelled). */
    record Copied(long entries, boolean complete) {
    }

    /**
     * Copies the stores' entries into {@code target}, each store and scope a part with its own position
     * (ADR 0235): a part an earlier run finished is not listed again, one it stopped in continues from its cursor.
     */
    Copied copy(List<OrderedStoreRef> stores, MirrorTarget target, MirrorResume resume, BooleanSupplier cancelled) {
        long n = 0;
        for (OrderedStoreRef store : stores) {
            String part = MirrorResume.ordered(store);
            if (resume.done(part)) {
                continue;
            }
            String cursor = resume.cursor(part);
            do {
                if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    return new Copied(n, false);
                }
                Page<OrderedEntry> page = source.list(store, OrderedQuery.ascending(), cursor, PAGE);
                cursor = page.nextCursor();
                target.commitOrdered(part, store, page.items(), cursor == null ? MirrorResume.DONE : cursor);
                n += page.items().size();
            } while (cursor != null);
        }
        return new Copied(n, true);
    }
}
