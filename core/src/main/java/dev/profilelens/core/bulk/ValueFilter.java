package dev.profilelens.core.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.index.IndexFilter;
import dev.profilelens.core.audit.index.IndexFilters;
import java.util.List;

/**
 * The audit index's filter language ({@link IndexFilter}: short MetaTag paths, any JSON Pointer, ranges, missing,
 * array-contains) evaluated on one stored value, for {@code bulk --where}. Every filter must hold. Comparisons are
 * the index's: a number matches numbers numerically, anything else matches strings and booleans by text.
 */
public final class ValueFilter {
    private final List<IndexFilter> filters;

    private ValueFilter(List<IndexFilter> filters) {
        this.filters = List.copyOf(filters);
    }

    /** Parses the expressions (bad input names the expression). */
    public static ValueFilter parse(List<String> expressions) {
        return new ValueFilter(IndexFilters.parse(expressions));
    }

    public List<IndexFilter> filters() {
        return filters;
    }

    public boolean matches(JsonNode value) {
        for (IndexFilter f : filters) {
            if (!holds(f, value.at(f.path()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(IndexFilter f, JsonNode at) {
        boolean absent = at.isMissingNode() || at.isNull();
        if (f instanceof IndexFilter.Missing) {
            return absent;
        }
        if (absent) {
            return false;
        }
        if (f instanceof IndexFilter.Equals eq) {
            return equal(eq, at);
        }
        if (f instanceof IndexFilter.Range r) {
            return at.isNumber() && (r.min() == null || at.doubleValue() >= r.min())
                    && (r.max() == null || at.doubleValue() <= r.max());
        }
        if (f instanceof IndexFilter.Contains has && at.isArray()) {
            for (JsonNode item : at) {
                if (equal(has.element(), item)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean equal(IndexFilter.Equals eq, JsonNode v) {
        Double n = eq.number();
        if (n != null) {
            return v.isNumber() && v.doubleValue() == n;
        }
        return (v.isTextual() || v.isBoolean()) && v.asText().equals(eq.text());
    }
}
