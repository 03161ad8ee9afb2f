package dev.profilelens.app.shell;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Document and pane keys (issue #22 item 3): Ctrl+Tab / Ctrl+Shift+Tab move between documents, Ctrl+PgDn /
 * Ctrl+PgUp between the panes of the document in front. Taken by a filter on the scene, so a focused text area or
 * tab pane cannot swallow them or move something else.
 */
final class Navigation {
    private Navigation() {
    }

    static void install(Scene scene, MainWindow window) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() && !e.isControlDown() || e.isAltDown()) {
                return;
            }
            int step = e.isShiftDown() ? -1 : 1;
            if (e.getCode() == KeyCode.TAB) {
                window.selectTab(step);
            } else if (e.getCode() == KeyCode.PAGE_DOWN && !e.isShiftDown()) {
                window.selectPane(1);
            } else if (e.getCode() == KeyCode.PAGE_UP && !e.isShiftDown()) {
                window.selectPane(-1);
            } else {
                return;
            }
            e.consume();
        });
    }
}
