package dev.profilelens.core.audit.index;

import dev.profilelens.core.error.InvalidInputException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A condition on one indexed path. Parsed from the CLI/GUI form:
 * {@code PATH=VALUE} (equals; a number matches numbers numerically, anything else, or a quoted value, matches
 * strings and booleans by text), {@code PATH=LO..HI}
 * (numeric range, inclusive; either side may be empty), {@code !PATH} (the profile lacks the path),
 * {@code PATH[]=VALUE} (the array at PATH has an element equal to VALUE, e.g. a purchase id in
 * {@code ProfilePurchaseIds}). PATH is a JSON Pointer, or a bare name for a MetaTag: {@code DataVersion=1} means
 * {@code /MetaData/MetaTags/DataVersion=1}.
 */
public sealed interface IndexFilter {
    String path();

    /** Equals: numbers compare numerically ({@code 1} matches {@code 1.0}); other values compare as text. */
    record Equals(String path, String value) implements IndexFilter {
        public Equals {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
        }

        /** The value as a number, or null when it is not one (or is quoted, {@code "1"}, to match text). */
        public @Nullable Double number() {
            return quoted() ? null : parseNumber(value);
        }

        /** The text to match when the value is not a number: quotes removed. */
        public String text() {
            return quoted() ? value.substring(1, value.length() - 1) : value;
        }

        private boolean quoted() {
            return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
        }
    }

    /** The array at the path has an element equal to {@code value} (same comparison as {@link Equals}). */
    record Contains(String path, String value) implements IndexFilter {
        public Contains {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
        }

        /** The element to look for, as an equals filter on the same path. */
        public Equals element() {
            return new Equals(path, value);
        }
    }

    /** The path is absent (or null) in the profile. */
    record Missing(String path) implements IndexFilter {
        public Missing {
            Objects.requireNonNull(path, "path");
        }
    }

    /** A numeric value within [min, max]; a null bound is open. */
    record Range(String path, @Nullable Double min, @Nullable Double max) implements IndexFilter {
        public Range {
            Objects.requireNonNull(path, "path");
            if (min == null && max == null) {
                throw new InvalidInputException("a range needs at least one bound, e.g. " + path + "=1..3", path);
            }
        }
    }

    static IndexFilter parse(String expr) {
        String e = expr.strip();
        if (e.startsWith("!")) {
            return new Missing(checkPath(e.substring(1).strip(), expr));
        }
        int eq = e.indexOf('=');
        if (eq < 0) {
            throw new InvalidInputException("a filter is PATH=VALUE, PATH=LO..HI, PATH[]=VALUE or !PATH (got \""
                    + expr + "\")", expr);
        }
        String left = e.substring(0, eq).strip();
        String value = e.substring(eq + 1).strip();
        if (left.endsWith("[]")) {
            return new Contains(checkPath(left.substring(0, left.length() - 2).strip(), expr), value);
        }
        String path = checkPath(left, expr);
        int dots = value.indexOf("..");
        if (dots >= 0) {
            return new Range(path, bound(value.substring(0, dots), expr), bound(value.substring(dots + 2), expr));
        }
        return new Equals(path, value);
    }

    private static @Nullable Double bound(String s, String expr) {
        if (s.isBlank()) {
            return null;
        }
        Double d = parseNumber(s.strip());
        if (d == null) {
            throw new InvalidInputException("a range bound must be a number: \"" + s + "\" in " + expr, expr);
        }
        return d;
    }

    /** The MetaTags table, where a bare name points. */
    String META_TAGS = "/MetaData/MetaTags/";

    private static String checkPath(String p, String expr) {
        if (p.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return META_TAGS + p;
        }
        if (!p.startsWith("/")) {
            throw new InvalidInputException("a filter path must be a JSON Pointer such as "
                    + "/Data/Coins or a MetaTag name such as DataVersion (in \"" + expr + "\")", expr);
        }
        return p;
    }

    private static @Nullable Double parseNumber(String s) {
        if (s.isEmpty() || !(Character.isDigit(s.charAt(s.length() - 1)))) {
            return null;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
