package dev.profilelens.app.widgets;

import java.util.Locale;

/** Counts with the right plural: "1 key", "2 keys", "1,024 keys". */
public final class Plurals {
    private Plurals() {
    }

    public static String of(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /** Regular English plural: adds an "s". */
    public static String of(long n, String one) {
        return of(n, one, word(n, one));
    }

    /** The word alone, for {@code n} of them: "global update", "global updates". */
    public static String word(long n, String one) {
        return n == 1 ? one : one + "s";
    }
}
