package dev.profilelens.app.shell;

import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar: every command with its keyboard shortcut, so menus document the shortcuts. */
final class MainMenu {
    private final MainWindow window;

    MainMenu(MainWindow window) {
        this.window = window;
    }

    MenuBar bar() {
        Menu file = new Menu("File", null,
                item("Add connection…", "Shortcut+N", window::addConnection),
                item("Close tab", "Shortcut+W", window::closeCurrentTab),
                new SeparatorMenuItem(),
                item("Team database…", null, window::showTeamSettings),
                item("Mirror to local…", null, () -> window.onActiveSession((t, s) -> t.mirror(s,
                        window::openConnection))),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", window::quit));
        Menu edit = new Menu("Edit", null,
                item("Edit profile…", "Shortcut+E", window::editCurrent),
                new SeparatorMenuItem(),
                item("Audit log…", "Shortcut+L", window::showAuditLog),
                item("MetaTag audit…", "Shortcut+Shift+M", window::showMetaAudit),
                item("Bulk edit…", "Shortcut+Shift+B", window::showBulkEdit));
        Menu view = new Menu("View", null,
                item("Refresh", "F5", window::refreshCurrent),
                item("Focus key search", "Shortcut+K", window::focusKeySearch),
                item("Find player…", "Shortcut+P", window::showFindPlayer),
                item("Lock watch", "Shortcut+Shift+W", window::showLockWatch),
                item("Leaderboard (ordered data store)…", "Shortcut+Shift+O", window::showLeaderboard),
                item("Find in value", "Shortcut+F", window::findInValue),
                new SeparatorMenuItem(),
                // the window handles these keys itself (Navigation) before any control can take them
                item("Next tab (Ctrl+Tab)", null, () -> window.selectTab(1)),
                item("Previous tab (Ctrl+Shift+Tab)", null, () -> window.selectTab(-1)),
                item("Next pane (Ctrl+PgDn)", null, () -> window.selectPane(1)),
                item("Previous pane (Ctrl+PgUp)", null, () -> window.selectPane(-1)),
                notifyWhenFree(),
                new SeparatorMenuItem(),
                item("Toggle dark / light theme", "Shortcut+Shift+T", window::toggleTheme));
        Menu tools = new Menu("Tools", null,
                item("Right to erasure…", null, () -> window.onActiveSession(ToolWindows::erasure)));
        Menu help = new Menu("Help", null,
                item("Keyboard shortcuts", "F1", () -> window.dialogs().showInfo("Keyboard shortcuts",
                        "Ctrl+E  edit the profile\nCtrl+Shift+W  lock watch\n"
                                + "Ctrl+S  save the edit (in the editor)\nCtrl+L  audit log\n"
                                + "Ctrl+K  focus key search\nCtrl+P  find a player\n"
                                + "Ctrl+F  find in the raw value\nF5  refresh the profile\n"
                                + "Ctrl+W  close tab\nCtrl+Tab / Ctrl+Shift+Tab  next / previous tab\n"
                                + "Ctrl+PgDn / Ctrl+PgUp  next / previous pane\n"
                                + "Key search: Down  into the list, Enter  open the exact key, Esc  clear\n"
                                + "Ctrl+N  add a connection\nCtrl+Shift+T  dark / light theme\nCtrl+Q  quit")),
                item("About ProfileLens", null, () -> window.dialogs().showInfo("About ProfileLens",
                        "ProfileLens — inspect and safely edit ProfileService / ProfileStore profiles.")));
        MenuBar bar = new MenuBar(file, edit, view, tools, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private CheckMenuItem notifyWhenFree() {
        CheckMenuItem m = new CheckMenuItem("Desktop notification when a watched profile is free");
        m.setId("menu-notify-free");
        m.setSelected(window.settings().notifyWhenFree());
        m.selectedProperty().addListener((obs, was, on) -> window.settings().notifyWhenFree(on));
        return m;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> Platform.runLater(action));
        return m;
    }
}
