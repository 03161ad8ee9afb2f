package dev.profilelens.core.mirror;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A dry run of a copy back: one item per mirrored key, and the counts per action. */
public record CopyPlan(List<CopyItem> items) {
    public CopyPlan {
        items = List.copyOf(items);
    }

    public Map<CopyAction, Long> counts() {
        Map<CopyAction, Long> m = new EnumMap<>(CopyAction.class);
        for (CopyAction a : CopyAction.values()) {
            m.put(a, 0L);
        }
        items.forEach(i -> m.merge(i.action(), 1L, Long::sum));
        return m;
    }
}
