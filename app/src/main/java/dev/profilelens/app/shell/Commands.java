package dev.profilelens.app.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;
import org.jspecify.annotations.Nullable;

/**
 * Every command of the main window, once: its menu, its text, its shortcut and when it can run. The menu bar and
 * the keyboard-shortcut help are both built from this list, so they cannot disagree; a command that needs a
 * connection or an open document is disabled (menu and shortcut alike) until there is one.
 */
final class Commands {
    /**
     * One command. {@code accelerator} is installed on its menu item; {@code keys} names keys the window handles
     * itself (shown in the help only); {@code null} menu means help text only (an editor's or a list's own key).
     */
    record Command(@Nullable String menu, String text, @Nullable String accelerator, @Nullable String keys,
                   @Nullable Runnable action, ObservableBooleanValue enabled) {
        /** The keys as the help shows them ("Ctrl+E"), or empty. */
        String keyText() {
            return keys != null ? keys : accelerator == null ? ""
                    : KeyCombination.keyCombination(accelerator).getDisplayText();
        }
    }

    static final String SEPARATOR = "-";
    private final ObservableBooleanValue always = new SimpleBooleanProperty(true);
    private final List<Command> all = new ArrayList<>();

    Commands(MainWindow w) {
        ObservableBooleanValue connected = w.connectedProperty();
        ObservableBooleanValue document = Bindings.isNotEmpty(w.profileTabs().getTabs());
        add("File", "Add connection…", "Shortcut+N", w::addConnection, always);
        add("File", "Close tab", "Shortcut+W", w::closeCurrentTab, document);
        separator("File");
        add("File", "Team database…", null, w::showTeamSettings, always);
        add("File", "Mirror to local…", null, () -> w.onActiveSession((t, s) -> t.mirror(s, w::openConnection)),
                connected);
        separator("File");
        add("File", "Quit", "Shortcut+Q", w::quit, always);
        add("Edit", "Edit profile…", "Shortcut+E", w::editCurrent, document);
        separator("Edit");
        add("Edit", "Audit log…", "Shortcut+L", w::showAuditLog, always);
        add("Edit", "MetaTag audit…", "Shortcut+Shift+M", w::showMetaAudit, connected);
        add("Edit", "Bulk edit…", "Shortcut+Shift+B", w::showBulkEdit, connected);
        add("View", "Refresh", "F5", w::refreshCurrent, document);
        add("View", "Focus key search", "Shortcut+K", w::focusKeySearch, connected);
        add("View", "Find player…", "Shortcut+P", w::showFindPlayer, connected);
        add("View", "Lock watch", "Shortcut+Shift+W", w::showLockWatch, connected);
        add("View", "Leaderboard (ordered data store)…", "Shortcut+Shift+O", w::showLeaderboard, connected);
        add("View", "Find in value", "Shortcut+F", w::findInValue, document);
        separator("View");
        // the window handles these keys itself (Navigation) before any control can take them
        all.add(new Command("View", "Next tab", null, "Ctrl+Tab", () -> w.selectTab(1), document));
        all.add(new Command("View", "Previous tab", null, "Ctrl+Shift+Tab", () -> w.selectTab(-1), document));
        all.add(new Command("View", "Next pane", null, "Ctrl+PgDn", () -> w.selectPane(1), document));
        all.add(new Command("View", "Previous pane", null, "Ctrl+PgUp", () -> w.selectPane(-1), document));
        separator("View");
        add("View", "Toggle dark / light theme", "Shortcut+Shift+T", w::toggleTheme, always);
        add("Tools", "Right to erasure…", null, () -> w.onActiveSession(ToolWindows::erasure), connected);
        add("Help", "Keyboard shortcuts", "F1", () -> w.dialogs().showInfo("Keyboard shortcuts", shortcutHelp()),
                always);
        add("Help", "About ProfileLens", null, () -> w.dialogs().showInfo("About ProfileLens", "ProfileLens — "
                + "inspect and safely edit ProfileService, ProfileStore and DataStore2 player data."), always);
        help("Save the edit (in the editor)", "Ctrl+S");
        help("Key search: into the list / open the exact key / clear", "Down / Enter / Esc");
    }

    private void add(String menu, String text, @Nullable String accelerator, Runnable action,
                     ObservableBooleanValue enabled) {
        all.add(new Command(menu, text, accelerator, null, action, enabled));
    }

    /** A line between groups of a menu. */
    private void separator(String menu) {
        all.add(new Command(menu, SEPARATOR, null, null, null, always));
    }

    private void help(String text, String keys) {
        all.add(new Command(null, text, null, keys, null, always));
    }

    /** The commands of one menu, in order. */
    List<Command> menu(String name) {
        return all.stream().filter(c -> name.equals(c.menu())).toList();
    }

    /** One line per command with keys: "Ctrl+E  Edit profile…". */
    String shortcutHelp() {
        StringBuilder b = new StringBuilder();
        for (Command c : all) {
            if (!c.keyText().isEmpty()) {
                b.append(b.length() == 0 ? "" : "\n").append(c.keyText()).append("  ").append(c.text());
            }
        }
        return b.toString();
    }
}
