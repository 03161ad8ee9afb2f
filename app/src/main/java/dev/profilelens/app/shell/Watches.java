package dev.profilelens.app.shell;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.notify.Notifier;
import dev.profilelens.app.watch.WatchViewModel;
import dev.profilelens.app.watch.WatchView;
import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** One lock watch tab per connection, opened from the menu or a profile's Watch button. */
final class Watches {
    private final TabPane tabs;
    private final Map<String, Tab> open = new HashMap<>();
    private final Notifier notifier;

    Watches(TabPane tabs, Notifier notifier) {
        this.tabs = tabs;
        this.notifier = notifier;
    }

    /** Shows the connection's watch tab (creating it), optionally adding a key. */
    WatchView show(ConnectionSession session) {
        String name = session.connection().name();
        Tab tab = open.get(name);
        if (tab == null || !tabs.getTabs().contains(tab)) {
            WatchView view = new WatchView(new WatchViewModel(session, Platform::runLater, notifier));
            tab = new Tab("Lock watch · " + name, view);
            tab.setOnClosed(e -> {
                view.stop();
                open.remove(name);
            });
            open.put(name, tab);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().select(tab);
        return (WatchView) tab.getContent();
    }

    void closeAll() {
        open.values().forEach(t -> ((WatchView) t.getContent()).stop());
        open.clear();
    }
}
