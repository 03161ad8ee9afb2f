package dev.profilelens.app.raw;

import javafx.scene.input.KeyEvent;

/** The large-text view's keys: arrows, pages, Home/End (Shift extends), Ctrl+A, Ctrl+C, Left/Right scroll sideways. */
final class LineKeys {
    private LineKeys() {
    }

    /** Handles {@code e} on {@code view}; false when the key is not one of the view's. */
    static boolean handle(KeyEvent e, LargeTextView view) {
        boolean extend = e.isShiftDown();
        int caret = Math.max(0, view.caretLine());
        int page = Math.max(1, view.rowsShown() - 1);
        if (e.isShortcutDown()) {
            switch (e.getCode()) {
                case C -> view.copySelection();
                case A -> view.selectAll();
                case HOME -> view.select(0, extend);
                case END -> view.select(view.lineCount() - 1, extend);
                default -> {
                    return false;
                }
            }
            return true;
        }
        switch (e.getCode()) {
            case UP, KP_UP -> view.select(view.caretLine() < 0 ? view.firstShown() : caret - 1, extend);
            case DOWN, KP_DOWN -> view.select(view.caretLine() < 0 ? view.firstShown() : caret + 1, extend);
            case PAGE_UP -> view.select(caret - page, extend);
            case PAGE_DOWN -> view.select(caret + page, extend);
            case HOME -> view.select(0, extend);
            case END -> view.select(view.lineCount() - 1, extend);
            case LEFT, KP_LEFT -> view.scrollSideways(-3 * LargeTextView.LINE_HEIGHT);
            case RIGHT, KP_RIGHT -> view.scrollSideways(3 * LargeTextView.LINE_HEIGHT);
            default -> {
                return false;
            }
        }
        return true;
    }
}
