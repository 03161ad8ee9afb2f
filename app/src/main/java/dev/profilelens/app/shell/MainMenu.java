package dev.profilelens.app.shell;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar, built from {@link Commands}: every command with its shortcut, disabled while it cannot run. */
final class MainMenu {
    private final MainWindow window;

    MainMenu(MainWindow window) {
        this.window = window;
    }

    MenuBar bar() {
        Commands commands = new Commands(window);
        Menu view = menu(commands, "View");
        view.getItems().addAll(new SeparatorMenuItem(), notifyWhenFree());
        Menu tools = menu(commands, "Tools");
        tools.getItems().addAll(new SeparatorMenuItem(), simulatedServers());
        MenuBar bar = new MenuBar(menu(commands, "File"), menu(commands, "Edit"), view, tools,
                menu(commands, "Help"));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu menu(Commands commands, String name) {
        Menu m = new Menu(name);
        commands.menu(name).forEach(c -> m.getItems().add(c.text().equals(Commands.SEPARATOR)
                ? new SeparatorMenuItem() : item(c)));
        return m;
    }

    private CheckMenuItem notifyWhenFree() {
        CheckMenuItem m = new CheckMenuItem("Desktop notification when a watched profile is free");
        m.setId("menu-notify-free");
        m.setSelected(window.settings().notifyWhenFree());
        m.selectedProperty().addListener((obs, was, on) -> window.settings().notifyWhenFree(on));
        return m;
    }

    /** The window's simulated game servers on the sandbox (ADR 0271): on by default, remembered. */
    private CheckMenuItem simulatedServers() {
        CheckMenuItem m = new CheckMenuItem("Simulated game servers on the sandbox");
        m.setId("menu-sim-servers");
        m.setSelected(window.settings().simulatedServers());
        m.selectedProperty().addListener((obs, was, on) -> {
            window.settings().simulatedServers(on);
            window.context().servers().enabled(on);
        });
        return m;
    }

    private static MenuItem item(Commands.Command c) {
        MenuItem m = new MenuItem(c.keys() == null ? c.text() : c.text() + " (" + c.keys() + ")");
        if (c.accelerator() != null) {
            m.setAccelerator(KeyCombination.keyCombination(c.accelerator()));
        }
        Runnable action = c.action();
        if (action != null) {
            m.setOnAction(e -> Platform.runLater(action));
        }
        m.disableProperty().bind(Bindings.not(c.enabled()));
        return m;
    }
}
