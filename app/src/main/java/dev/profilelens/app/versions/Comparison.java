package dev.profilelens.app.versions;

import java.util.List;

/** Two values side by side: their texts and the JSON paths that differ (from the older to the newer). */
public record Comparison(String leftTitle, String left, String rightTitle, String right, List<String> paths) {
    public Comparison {
        paths = List.copyOf(paths);
    }
}
