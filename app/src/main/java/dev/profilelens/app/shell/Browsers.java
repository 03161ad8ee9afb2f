package dev.profilelens.app.shell;

import dev.profilelens.app.browser.BrowserView;
import dev.profilelens.app.browser.BrowserViewModel;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.overview.StoreOverviewViewModel;
import dev.profilelens.app.overview.StoreOverviewView;
import dev.profilelens.app.widgets.KeyRow;
import dev.profilelens.core.store.EntryRef;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.jspecify.annotations.Nullable;

/** Each open connection's key browser and store overview, made once per connection and kept for the window. */
final class Browsers {
    /** Opens a profile tab: the session, how to mark the key read in its browser, the key. */
    interface ProfileOpener {
        void open(ConnectionSession session, Consumer<KeyRow> markRead, EntryRef ref);
    }

    private final AppContext context;
    private final DialogService dialogs;
    private final ProfileOpener opener;
    private final Map<String, BrowserView> browsers = new HashMap<>();
    private final Map<String, StoreOverviewView> overviews = new HashMap<>();

    Browsers(AppContext context, DialogService dialogs, ProfileOpener opener) {
        this.context = context;
        this.dialogs = dialogs;
        this.opener = opener;
    }

    /** The browser of {@code session}'s connection, made (and its stores listed) the first time. */
    BrowserView browser(ConnectionSession session) {
        return browsers.computeIfAbsent(session.connection().name(), n -> {
            BrowserViewModel vm = new BrowserViewModel(session, context.tasks(), dialogs);
            BrowserView v = new BrowserView(vm, row -> opener.open(session, vm::markRead, row.ref()));
            StoreOverviewViewModel om = new StoreOverviewViewModel(session, context.tasks(), context.clock(),
                    context.scansHeld());
            overviews.put(n, new StoreOverviewView(om, ref -> opener.open(session, vm::markRead, ref)));
            vm.storeProperty().addListener((o, a, store) -> {
                if (store != null) {
                    // after the key listing the store change starts: its first page is not kept waiting for a scan
                    Platform.runLater(() -> om.select(store));
                }
            });
            vm.loadStores();
            return v;
        });
    }

    /** The store overview shown beside the browser of {@code connection} (made with it). */
    @Nullable StoreOverviewView overview(String connection) {
        return overviews.get(connection);
    }

    /** The browser of {@code connection} if it was opened. */
    @Nullable BrowserView opened(String connection) {
        return browsers.get(connection);
    }
}
