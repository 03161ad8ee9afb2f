package dev.profilelens.core.ordered;

import dev.profilelens.core.error.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How to list an ordered store: ascending or descending by value, optionally within {@code [min, max]} (the
 * engine's GetSortedAsync min/max; Open Cloud's {@code filter} with {@code >=}, {@code <=} and {@code &&}).
 */
public record OrderedQuery(boolean descending, @Nullable Long min, @Nullable Long max) {
    private static final Pattern TERM = Pattern.compile("entry (<=|>=) (-?\\d+)");

    public static OrderedQuery ascending() {
        return new OrderedQuery(false, null, null);
    }

    public static OrderedQuery descendingOrder() {
        return new OrderedQuery(true, null, null);
    }

    /** True when {@code value} lies within the range. */
    public boolean accepts(long value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    /** The Open Cloud filter text, e.g. {@code entry >= 10 && entry <= 30}; empty for no range. */
    public String filterText() {
        StringBuilder b = new StringBuilder();
        if (min != null) {
            b.append("entry >= ").append(min);
        }
        if (max != null) {
            b.append(b.length() == 0 ? "" : " && ").append("entry <= ").append(max);
        }
        return b.toString();
    }

    /**
     * Parses a filter the way the reference describes it: terms {@code entry >= N} / {@code entry <= N} joined by
     * {@code &&}, every token separated by a single space. Anything else is refused.
     */
    public static OrderedQuery parseFilter(boolean descending, @Nullable String filter) {
        if (filter == null || filter.isEmpty()) {
            return new OrderedQuery(descending, null, null);
        }
        Long min = null;
        Long max = null;
        String[] terms = filter.split(" && ", -1);
        if (terms.length > 2) {
            throw bad(filter);
        }
        for (String t : terms) {
            Matcher m = TERM.matcher(t);
            if (!m.matches()) {
                throw bad(filter);
            }
            long n;
            try {
                n = Long.parseLong(m.group(2));
            } catch (NumberFormatException e) {
                throw bad(filter);
            }
            if (m.group(1).equals(">=")) {
                if (min != null) {
                    throw bad(filter);
                }
                min = n;
            } else {
                if (max != null) {
                    throw bad(filter);
                }
                max = n;
            }
        }
        return new OrderedQuery(descending, min, max);
    }

    private static InvalidInputException bad(String filter) {
        return new InvalidInputException("Invalid filter \"" + filter + "\": use entry >= N, entry <= N or "
                + "entry >= N && entry <= M, tokens separated by single spaces", "filter");
    }
}
