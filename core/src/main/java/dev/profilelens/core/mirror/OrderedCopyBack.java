package dev.profilelens.core.mirror;

import dev.profilelens.core.ordered.OrderedEditor;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedEntryExistsException;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreLister;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Copies a mirror's ordered data stores back (ADR 0171): the dry run compares each entry with the destination
 * (create / same / conflict); the run creates missing entries exclusively (one created meanwhile is left alone) and,
 * when asked, sets conflicting ones. Ordered entries have no versions, so an overwrite cannot be conditional: the
 * value replaced is recorded. Every write goes through {@link OrderedEditor} (reason, audit log).
 */
public final class OrderedCopyBack {
    private static final int PAGE = 100;
    private final OrderedSource mirror;
    private final OrderedSource dest;
    private final OrderedEditor editor;

    public OrderedCopyBack(OrderedSource mirror, OrderedSource dest, OrderedEditor editor) {
        this.mirror = mirror;
        this.dest = dest;
        this.editor = editor;
    }

    /** The dry run over the mirror's ordered stores ({@code only}: these store names, all when empty). */
    public List<OrderedCopyItem> plan(List<String> only) {
        List<OrderedCopyItem> out = new ArrayList<>();
        if (!(mirror instanceof OrderedStoreLister lister)) {
            return out;
        }
        for (OrderedStoreRef store : lister.orderedStores()) {
            if (!only.isEmpty() && !only.contains(store.store())) {
                continue;
            }
            String cursor = null;
            do {
                Page<OrderedEntry> page = mirror.list(store, OrderedQuery.ascending(), cursor, PAGE);
                for (OrderedEntry e : page.items()) {
                    Optional<OrderedEntry> d = dest.get(store, e.key());
                    CopyAction a = d.isEmpty() ? CopyAction.CREATE : d.get().value() == e.value() ? CopyAction.SAME
                            : CopyAction.CONFLICT;
                    out.add(new OrderedCopyItem(store, e.key(), e.value(), a, d.map(OrderedEntry::value)
                            .orElse(null), "planned"));
                }
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        return out;
    }

    /** Writes the plan; {@code overwrite} also sets CONFLICT entries. Returns each item with its outcome. */
    public List<OrderedCopyItem> run(List<OrderedCopyItem> plan, boolean overwrite, String reason,
                                     BooleanSupplier cancelled) {
        List<OrderedCopyItem> out = new ArrayList<>();
        for (OrderedCopyItem i : plan) {
            if (cancelled.getAsBoolean()) {
                out.add(i.withOutcome("not done (cancelled)"));
                continue;
            }
            out.add(switch (i.action()) {
                case CREATE -> create(i, reason);
                case CONFLICT -> overwrite ? set(i, reason) : i.withOutcome("skipped (exists with another value)");
                default -> i.withOutcome("skipped (same)");
            });
        }
        return out;
    }

    private OrderedCopyItem create(OrderedCopyItem i, String reason) {
        try {
            editor.create(i.store(), i.key(), i.value(), reason);
            return i.withOutcome("written");
        } catch (OrderedEntryExistsException e) {
            return i.withOutcome("not written: it was created since the dry run");
        }
    }

    private OrderedCopyItem set(OrderedCopyItem i, String reason) {
        editor.set(i.store(), i.key(), i.value(), reason);
        return i.withOutcome("written (replaced " + i.destValue() + ")");
    }
}
