package dev.profilelens.app.editor;

/**
 * What turns one text into another as a single replacement: the characters from {@code start} to {@code end} of the
 * old text become {@code text}, around the longest common start and end. The editor puts a text back (Discard, a
 * save) through it (ADR 0269): the area then changes where the texts differ, not as a whole, and the change's
 * notifications (caret, selection, undo), which each write out the removed and inserted text, stay small.
 */
record TextPatch(int start, int end, String text) {
    /** The patch from {@code before} to {@code after}; any thread. */
    static TextPatch between(String before, String after) {
        int shorter = Math.min(before.length(), after.length());
        int head = 0;
        while (head < shorter && before.charAt(head) == after.charAt(head)) {
            head++;
        }
        // never split a surrogate pair: the replacement then starts on a whole character
        if (head > 0 && Character.isHighSurrogate(before.charAt(head - 1))) {
            head--;
        }
        int tail = 0;
        while (tail < shorter - head
                && before.charAt(before.length() - 1 - tail) == after.charAt(after.length() - 1 - tail)) {
            tail++;
        }
        if (tail > 0 && Character.isLowSurrogate(before.charAt(before.length() - tail))) {
            tail--;
        }
        return new TextPatch(head, before.length() - tail, after.substring(head, after.length() - tail));
    }

    /** True when the texts are the same. */
    boolean none() {
        return start == end && text.isEmpty();
    }

    /** {@code before} with the patch applied (tests). */
    String applyTo(String before) {
        return before.substring(0, start) + text + before.substring(end);
    }
}
