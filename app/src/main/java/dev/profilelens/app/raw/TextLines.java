package dev.profilelens.app.raw;

import java.util.Arrays;

/** A text split into lines by offsets, without copying it; built off the FX thread (Raw pane, both views). */
final class TextLines {
    private final String text;
    private final int[] starts;
    private int longest = -1;

    TextLines(String text) {
        this.text = text;
        int[] s = new int[1024];
        int n = 0;
        int from = 0;
        while (true) {
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
            }
            s[n++] = from;
            int nl = text.indexOf('\n', from);
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        this.starts = Arrays.copyOf(s, n);
    }

    /** {@code text} whose lines start at {@code starts} (the first at 0), as its writer noted them. */
    TextLines(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    int count() {
        return starts.length;
    }

    String text() {
        return text;
    }

    String line(int i) {
        return text.substring(starts[i], end(i));
    }

    /** Where line {@code i} ends (its line break, or the end of the text). */
    private int end(int i) {
        return i + 1 < starts.length ? starts[i + 1] - 1 : text.length();
    }

    /** The 0-based line holding character {@code offset}. */
    int lineOf(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at : -at - 2;
    }

    /** The length of the longest line, found once when first asked (one pass over the line starts). */
    int longest() {
        int found = longest;
        if (found < 0) {
            found = 0;
            for (int i = 0; i < starts.length; i++) {
                found = Math.max(found, end(i) - starts[i]);
            }
            longest = found;
        }
        return found;
    }
}
