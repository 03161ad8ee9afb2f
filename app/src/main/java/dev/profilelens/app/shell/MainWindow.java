package dev.profilelens.app.shell;

import dev.profilelens.app.browser.BrowserView;
import dev.profilelens.app.browser.BrowserViewModel;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionDialog;
import dev.profilelens.app.connection.ConnectionFrame;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.connection.ConnectionsView;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.find.FindPlayerWindows;
import dev.profilelens.app.profile.ProfileView;
import dev.profilelens.app.profile.ProfileViewModel;
import dev.profilelens.app.settings.AppSettings;
import dev.profilelens.app.settings.OpenTab;
import dev.profilelens.app.widgets.KeyRow;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.icons.Theme;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/** The main window: connections and browser on the left, profile tabs in the middle, a status bar below. */
public final class MainWindow {
    private static final String OPEN_TAB = "profilelens.openTab";
    private final Stage stage;
    private final AppContext context;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final StackPane browserSlot = new StackPane(new Label("Open a connection (double-click)"));
    private final TabPane profiles = new TabPane();
    private final StackPane overviewSlot = new StackPane();
    private final StackPane documents = new StackPane();
    private final ExitGuard guard;
    private volatile List<OpenTab> lastOpenTabs = List.of();
    private final Editors editors;
    private final Watches watches;
    private final ToolWindows tools;
    private final FindPlayerWindows findPlayers;
    private @Nullable ConnectionSession activeSession;
    private final StatusBar status;
    private final Browsers browsers;
    private final ConnectionsView connectionsView;
    private @Nullable BrowserView activeBrowser;
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    private Scene scene;

    public MainWindow(Stage stage, AppContext context, DialogService dialogs) {
        this.stage = stage;
        this.context = context;
        this.dialogs = dialogs;
        this.status = new StatusBar(context.servers().stateProperty());
        this.editors = new Editors(profiles, context, dialogs);
        this.guard = new ExitGuard(dialogs);
        this.browsers = new Browsers(context, dialogs, this::openProfile);
        this.tools = new ToolWindows(stage, context, dialogs, browsers);
        this.watches = new Watches(profiles, context.notifier());
        this.findPlayers = new FindPlayerWindows(context.tasks(), context.env());
        this.connectionsView = new ConnectionsView(context.connections(), ConnectionsView.Actions.of(
                this::openConnection, () -> editConnection(null), this::editConnection));
        createView();
    }

    private void createView() {
        SplitPane left = new SplitPane(connectionsView, browserSlot);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.28);
        left.getStyleClass().add("sidebar");
        left.setMinWidth(260);
        left.setPrefWidth(330);
        profiles.setId("profile-tabs");
        profiles.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        Label empty = new Label("Open a connection, then double-click a key to open its profile.");
        empty.getStyleClass().add("muted");
        overviewSlot.getChildren().setAll(empty);
        documents.setId("documents");
        documents.getChildren().setAll(overviewSlot, profiles);
        profiles.visibleProperty().bind(Bindings.isNotEmpty(profiles.getTabs()));
        overviewSlot.visibleProperty().bind(profiles.visibleProperty().not());
        SplitPane split = new SplitPane(left, new BorderPane(documents, null, null, editors.tray(), null));
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(left, false);
        root.setTop(new MainMenu(this).bar());
        root.setCenter(split);
        root.setBottom(status);
        scene = new Scene(root);
        Navigation.install(scene, this);
        applyTheme(context.settings().theme());
        stage.setScene(scene);
        stage.setTitle("ProfileLens");
        profiles.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> reframe());
        profiles.getTabs().addListener((ListChangeListener<Tab>) ch -> {
            while (ch.next()) {
                ch.getAddedSubList().forEach(t -> t.setOnCloseRequest(e -> {
                    if (!guard.allow("Close the tab", "Closing " + t.getText(), List.of(t))) {
                        e.consume();
                    }
                }));
            }
            lastOpenTabs = openTabs();
            reframe();
        });
    }

    /** Frames the documents and the status area in the colour of the connection in front. */
    private void reframe() {
        Connection c = ConnectionFrame.of(profiles.getSelectionModel().getSelectedItem())
                .orElse(activeSession == null ? null : activeSession.connection());
        status.show(c);
        ConnectionFrame.frame(documents, c);
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    public AppContext context() {
        return context;
    }

    void applyTheme(Theme theme) {
        Navigation.applyTheme(scene, context.settings(), theme);
    }

    AppSettings settings() {
        return context.settings();
    }

    public void toggleTheme() {
        applyTheme(context.settings().theme().other());
    }

    /** Opens (or switches to) a connection's browser. */
    public @Nullable BrowserView openConnection(Connection c) {
        ConnectionSession current = activeSession;
        if (current != null && !current.connection().name().equals(c.name()) && !guard.allowSwitch(
                current.connection().name(), c.name(), profiles.getTabs().filtered(t -> ConnectionFrame.of(t)
                .map(x -> x.name().equals(current.connection().name())).orElse(false)))) {
            return activeBrowser;
        }
        ConnectionSession session = context.session(c);
        BrowserView view = browsers.browser(session);
        activeBrowser = view;
        activeSession = session;
        connected.set(true);
        browserSlot.getChildren().setAll(view);
        overviewSlot.getChildren().setAll(Objects.requireNonNull(browsers.overview(c.name()),
                "made with the browser"));
        connectionsView.select(c);
        status.attach(session);
        if (!context.connections().isThisRunOnly(c)) {
            context.settings().openConnections(List.of(c.name()));
        }
        reframe();
        return view;
    }

    /** Opens (or selects) the profile tab of {@code ref} on {@code session}. */
    void openProfile(ConnectionSession session, Consumer<KeyRow> markRead, EntryRef ref) {
        if (tools.dialects.openIfDs2(session, ref)) {
            return;
        }
        String id = session.connection().name() + "/" + ref;
        Optional<Tab> existing = profiles.getTabs().stream().filter(t -> id.equals(t.getUserData())).findFirst();
        if (existing.isPresent()) {
            profiles.getSelectionModel().select(existing.get());
            return;
        }
        ProfileViewModel vm = new ProfileViewModel(session, context.tasks(), dialogs, context.loader(), ref,
                markRead);
        // the read starts before the tab is built, so the value is read and decoded while the FX thread makes the
        // view; what it reads reaches the view through the model on this thread, after this method has returned
        vm.refresh();
        ProfileView view = new ProfileView(vm);
        view.setOnEdit(snapshot -> editors.open(session, snapshot, vm));
        view.setOnVersions(snapshot -> editors.openVersions(session, snapshot, vm));
        view.setOnIntent((snapshot, intent) -> editors.addIntent(session, snapshot, vm, intent));
        view.setOnMailbox(snapshot -> editors.openComposer(session, snapshot));
        view.setOnWatch(snapshot -> watches.show(session).watch(snapshot.ref().store(), snapshot.ref().key()));
        Tab tab = new Tab(ConnectionFrame.title(session.connection(), ref), view);
        tab.setUserData(id);
        tab.setTooltip(new Tooltip(session.connection().name() + " · " + ref));
        ConnectionFrame.decorate(tab, session.connection());
        tab.getProperties().put(OPEN_TAB, new OpenTab(session.connection().name(),
                ref.store(), ref.scope(), ref.key()));
        profiles.getTabs().add(tab);
        profiles.getSelectionModel().select(tab);
    }

    private void editConnection(@Nullable Connection existing) {
        new ConnectionDialog(stage, existing, context.apiKeys()).ask().ifPresent(c -> {
            if (existing == null) {
                context.connections().add(c);
            } else {
                context.connections().replace(existing, c);
            }
        });
    }

    Optional<ProfileView> currentProfile() {
        Tab t = profiles.getSelectionModel().getSelectedItem();
        return t != null && t.getContent() instanceof ProfileView p ? Optional.of(p) : Optional.empty();
    }

    /** File → Team database…: Settings → Team (JDBC URL, user, display name; password in the OS keychain). */
    public void showTeamSettings() {
        tools.teamSettings();
    }

    /** Ctrl+L: the audit log of writes made through ProfileLens, in its own window. */
    public void showAuditLog() {
        tools.auditLog();
    }

    /** The MetaTag audit of the connection shown in the browser, in its own window. */
    public void showMetaAudit() {
        if (activeSession != null && activeBrowser != null) {
            ConnectionSession session = activeSession;
            BrowserViewModel vm = activeBrowser.model();
            tools.metaAudit(session, ref -> openProfile(session, vm::markRead, ref));
        }
    }

    /** Bulk edit over the connection shown in the browser, in its own window. */
    public void showBulkEdit() {
        if (activeSession != null) {
            tools.bulk(activeSession, "PlayerData", "", "");
        }
    }

    /** View → Leaderboard: an ordered data store of the connection shown in the browser. */
    public void showLeaderboard() {
        Optional.ofNullable(activeSession).ifPresent(tools.dialects::leaderboard);
    }

    /** Ctrl+P: find a player in the connection shown in the browser; Enter opens a place as a profile tab. */
    public void showFindPlayer() {
        if (activeSession != null && activeBrowser != null) {
            ConnectionSession session = activeSession;
            BrowserViewModel vm = activeBrowser.model();
            findPlayers.show(stage, session, hit -> {
                EntryRef ref = hit.ref();
                if (ref != null) {
                    openProfile(session, vm::markRead, ref);
                }
            });
        }
    }

    /** A tool window for the connection shown in the browser (Tools → Right to erasure…, File → Mirror…). */
    void onActiveSession(BiConsumer<ToolWindows, ConnectionSession> tool) {
        if (activeSession != null) {
            tool.accept(tools, activeSession);
        }
    }

    /** The lock watch of the connection shown in the browser. */
    public void showLockWatch() {
        if (activeSession != null) {
            watches.show(activeSession);
        }
    }

    /** Stops every watch (at exit). */
    void stopWatches() {
        watches.closeAll();
    }

    /** Ctrl+E: an editor on the profile in the selected tab. */
    void editCurrent() {
        currentProfile().ifPresent(ProfileView::editCurrent);
    }

    void refreshCurrent() {
        currentProfile().ifPresent(p -> p.model().refresh());
    }

    void closeCurrentTab() {
        Tab t = profiles.getSelectionModel().getSelectedItem();
        if (t != null && guard.allow("Close the tab", "Closing " + t.getText(), List.of(t))) {
            profiles.getTabs().remove(t);
        }
    }

    /** Ctrl+PgDn / Ctrl+PgUp: the next / previous pane of the document in front. */
    void selectPane(int delta) {
        Navigation.selectPane(profiles, delta);
    }

    /** Whether quitting may go ahead: nothing unsaved, or the user chose to discard it. */
    boolean mayQuit() {
        return guard.allow("Quit", "Quitting ProfileLens", profiles.getTabs());
    }

    /** Ctrl+Q, the Quit menu: asks first when work would be lost, then closes the window (state saved in stop). */
    void quit() {
        if (mayQuit()) {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage) {
                    w.hide();
                }
            }
            stage.close();
        }
    }

    /** The profile tabs open now, to reopen at the next start. */
    List<OpenTab> openTabs() {
        return profiles.getTabs().stream().map(t -> t.getProperties().get(OPEN_TAB))
                .filter(o -> o instanceof OpenTab)
                .map(o -> (OpenTab) o).toList();
    }

    /** The open profile tabs as of the last change, readable from any thread (saved at JVM shutdown). */
    List<OpenTab> lastOpenTabs() {
        return lastOpenTabs;
    }

    /** Reopens remembered profile tabs of connections that still exist. */
    void reopen(List<OpenTab> tabs) {
        for (var t : tabs) {
            context.sessionNamed(t.connection()).ifPresent(session -> {
                BrowserView b = browsers.opened(t.connection());
                openProfile(session, b == null ? r -> { } : b.model()::markRead,
                        new EntryRef(t.store(), t.scope(), t.key()));
            });
        }
    }

    void selectTab(int delta) {
        Navigation.selectTab(profiles, delta);
    }

    void focusKeySearch() {
        if (activeBrowser != null) {
            activeBrowser.focusSearch();
        }
    }

    void findInValue() {
        currentProfile().ifPresent(ProfileView::find);
    }

    void addConnection() {
        editConnection(null);
    }

    DialogService dialogs() {
        return dialogs;
    }

    public TabPane profileTabs() {
        return profiles;
    }

    public Optional<BrowserView> activeBrowser() {
        return Optional.ofNullable(activeBrowser);
    }

    /** True once a connection is shown in the browser (the tools that work on it are enabled). */
    ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }
}
