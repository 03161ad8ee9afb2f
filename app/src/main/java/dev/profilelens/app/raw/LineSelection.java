package dev.profilelens.app.raw;

/**
 * The large-text view's selection: whole lines from an anchor to a caret, both included, as in a list where Shift
 * extends from the line first chosen. Empty until a line is chosen.
 */
final class LineSelection {
    private int anchor = -1;
    private int caret = -1;

    /** Moves the caret to {@code line}; {@code extend}: keeps the anchor (Shift), else the anchor moves too. */
    void moveTo(int line, boolean extend) {
        caret = line;
        if (!extend || anchor < 0) {
            anchor = line;
        }
    }

    void selectAll(int count) {
        if (count > 0) {
            anchor = 0;
            caret = count - 1;
        }
    }

    void clear() {
        anchor = -1;
        caret = -1;
    }

    boolean isEmpty() {
        return caret < 0;
    }

    /** The line the keyboard moves from (the last chosen), or -1. */
    int caret() {
        return caret;
    }

    int first() {
        return Math.min(anchor, caret);
    }

    int last() {
        return Math.max(anchor, caret);
    }

    boolean contains(int line) {
        return caret >= 0 && line >= first() && line <= last();
    }
}
