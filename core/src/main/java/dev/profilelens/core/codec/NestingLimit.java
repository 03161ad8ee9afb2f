package dev.profilelens.core.codec;

import dev.profilelens.core.error.InvalidInputException;

/**
 * The one limit on how deep tables may nest (ADR 0120): {@value #MAX_DEPTH} levels, the root table being level 1.
 * {@link RobloxJson} enforces it while reading and while writing, so every value it reads can be written back and
 * every value built in code that it writes can be read again; diff, merge and validation walk values that are
 * bounded by it.
 */
public final class NestingLimit {
    /** The deepest table nesting a value may have; one more level is refused. */
    public static final int MAX_DEPTH = 1000;
    /** Path tokens named at each end of an abbreviated pointer. */
    private static final int SHOWN_HEAD = 8;
    private static final int SHOWN_TAIL = 3;

    private NestingLimit() {
    }

    /** The refusal for a table opened at {@code pointer}, one level deeper than the limit. */
    static InvalidInputException exceeded(String pointer) {
        return new InvalidInputException("Tables are nested more than " + MAX_DEPTH + " levels deep (the table at "
                + "the path below is level " + (MAX_DEPTH + 1) + "); ProfileLens neither reads nor writes such "
                + "values", abbreviate(pointer));
    }

    /** Refuses opening a table at {@code path} when that would be one level deeper than the limit. */
    static void check(PathTrail path) {
        if (path.depth() == MAX_DEPTH) {
            throw exceeded(path.pointer());
        }
    }

    /** A pointer of more than a dozen tokens keeps its first and last few, with the count of those left out. */
    static String abbreviate(String pointer) {
        String[] tokens = pointer.split("/", -1);
        int count = tokens.length - 1;
        if (count <= SHOWN_HEAD + SHOWN_TAIL + 1) {
            return pointer;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= SHOWN_HEAD; i++) {
            b.append('/').append(shortToken(tokens[i]));
        }
        b.append("/…(").append(count - SHOWN_HEAD - SHOWN_TAIL).append(" more)…");
        for (int i = count - SHOWN_TAIL + 1; i <= count; i++) {
            b.append('/').append(shortToken(tokens[i]));
        }
        return b.toString();
    }

    private static String shortToken(String token) {
        return token.length() <= 40 ? token : token.substring(0, 37) + "...";
    }
}
