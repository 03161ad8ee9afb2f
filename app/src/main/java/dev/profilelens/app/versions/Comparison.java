package dev.profilelens.app.versions;

import java.util.List;

/**
 * Two values side by side: their texts, the JSON paths that differ (from the older to the newer) with both values,
 * and every leaf path of either value with both values (for "show all paths").
 */
public record Comparison(String leftTitle, String left, String rightTitle, String right, List<CompareRow> changed,
                         List<CompareRow> all) {
    public Comparison {
        changed = List.copyOf(changed);
        all = List.copyOf(all);
    }

    /** The changed paths. */
    public List<String> paths() {
        return changed.stream().map(CompareRow::path).toList();
    }
}
