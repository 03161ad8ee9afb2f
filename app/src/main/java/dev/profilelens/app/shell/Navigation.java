package dev.profilelens.app.shell;

import dev.profilelens.app.settings.AppSettings;
import dev.profilelens.icons.Theme;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Document and pane keys (issue #22 item 3): Ctrl+Tab / Ctrl+Shift+Tab move between documents, Ctrl+PgDn /
 * Ctrl+PgUp between the panes of the document in front. Taken by a filter on the scene, so a focused text area or
 * tab pane cannot swallow them or move something else. Also the switch of every open window to another theme.
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

    /** The next ({@code +1}) or previous ({@code -1}) document, wrapping around. */
    static void selectTab(TabPane documents, int delta) {
        int n = documents.getTabs().size();
        if (n > 0) {
            int i = documents.getSelectionModel().getSelectedIndex();
            documents.getSelectionModel().select(((i + delta) % n + n) % n);
        }
    }

    /** The next or previous pane of the document in front, wrapping around. */
    static void selectPane(TabPane documents, int delta) {
        Tab t = documents.getSelectionModel().getSelectedItem();
        if (t != null && t.getContent() != null && t.getContent().lookup("#profile-panes") instanceof TabPane p) {
            selectTab(p, delta);
        }
    }

    /**
     * Applies {@code theme} to the main window's scene (which its stage may not show yet) and to every other window
     * that shows the current theme.
     */
    static void applyTheme(Scene main, AppSettings settings, Theme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        main.getStylesheets().setAll(theme.stylesheets());
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene() != main && w.getScene().getStylesheets().equals(
                    settings.theme().stylesheets())) {
                w.getScene().getStylesheets().setAll(theme.stylesheets());
            }
        }
        settings.theme(theme);
    }
}
