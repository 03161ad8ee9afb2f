package dev.profilelens.core.audit.index;

import java.util.List;

/** Parses filter expressions ({@link IndexFilter} syntax); all filters of a query must hold. */
public final class IndexFilters {
    private IndexFilters() {
    }

    public static List<IndexFilter> parse(List<String> expressions) {
        return expressions.stream().map(IndexFilter::parse).toList();
    }
}
