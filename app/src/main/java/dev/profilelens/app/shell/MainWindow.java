package dev.profilelens.app.shell;

import dev.profilelens.app.browser.BrowserView;
import dev.profilelens.app.browser.BrowserViewModel;
import dev.profilelens.app.widgets.KeyRow;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionDialog;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.connection.ConnectionsView;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.profile.ProfileView;
import dev.profilelens.app.profile.ProfileViewModel;
import dev.profilelens.icons.Theme;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The main window: connections and browser on the left, profile tabs in the middle, a status bar below. */
public final class MainWindow {
    private final Stage stage;
    private final AppContext context;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final StackPane browserSlot = new StackPane(new Label("Open a connection (double-click)"));
    private final TabPane profiles = new TabPane();
    private final Editors editors;
    private final Watches watches;
    private ConnectionSession activeSession;
    private final Label statusConnection = new Label("No connection");
    private final Label statusKeys = new Label();
    private final dev.profilelens.app.budget.BudgetMeter budgetMeter = new dev.profilelens.app.budget.BudgetMeter();
    private final Map<String, BrowserView> browsers = new HashMap<>();
    private final ConnectionsView connectionsView;
    private BrowserView activeBrowser;
    private Scene scene;

    public MainWindow(Stage stage, AppContext context, DialogService dialogs) {
        this.stage = stage;
        this.context = context;
        this.dialogs = dialogs;
        this.editors = new Editors(profiles, context, dialogs);
        this.watches = new Watches(profiles, context.notifier());
        this.connectionsView = new ConnectionsView(context.connections(), new ConnectionsView.Actions() {
            @Override
            public void open(Connection c) {
                openConnection(c);
            }

            @Override
            public void add() {
                editConnection(null);
            }

            @Override
            public void edit(Connection c) {
                editConnection(c);
            }
        });
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
        Label empty = new Label("Double-click a key to open its profile.");
        empty.getStyleClass().add("muted");
        StackPane center = new StackPane(empty, profiles);
        profiles.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(profiles.getTabs()));
        empty.visibleProperty().bind(profiles.visibleProperty().not());
        SplitPane split = new SplitPane(left, center);
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(left, false);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        statusKeys.setId("status-keys");
        HBox status = new HBox(12, statusConnection, grow, budgetMeter, statusKeys);
        status.getStyleClass().add("status-bar");
        root.setTop(new MainMenu(this).bar());
        root.setCenter(split);
        root.setBottom(status);
        scene = new Scene(root);
        applyTheme(context.settings().theme());
        stage.setScene(scene);
        stage.setTitle("ProfileLens");
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
        scene.getStylesheets().setAll(theme.stylesheets());
        context.settings().theme(theme);
    }

    dev.profilelens.app.settings.AppSettings settings() {
        return context.settings();
    }

    public void toggleTheme() {
        applyTheme(context.settings().theme().other());
    }

    /** Opens (or switches to) a connection's browser. */
    public BrowserView openConnection(Connection c) {
        ConnectionSession session = context.session(c);
        BrowserView view = browsers.computeIfAbsent(c.name(), n -> {
            BrowserViewModel vm = new BrowserViewModel(session, context.tasks(), dialogs);
            BrowserView v = new BrowserView(vm, row -> openProfile(session, vm, row));
            vm.loadStores();
            return v;
        });
        activeBrowser = view;
        activeSession = session;
        browserSlot.getChildren().setAll(view);
        connectionsView.select(c);
        statusConnection.setText(c.name() + " · " + c.kind() + " · " + c.safety());
        budgetMeter.attach(session);
        statusConnection.setStyle("-fx-text-fill: " + c.colour() + ";");
        statusKeys.textProperty().unbind();
        statusKeys.setText("");
        context.settings().openConnections(java.util.List.of(c.name()));
        return view;
    }

    private void openProfile(ConnectionSession session, BrowserViewModel browser, KeyRow row) {
        String id = session.connection().name() + "/" + row.ref();
        Optional<Tab> existing = profiles.getTabs().stream().filter(t -> id.equals(t.getUserData())).findFirst();
        if (existing.isPresent()) {
            profiles.getSelectionModel().select(existing.get());
            return;
        }
        ProfileViewModel vm = new ProfileViewModel(session, context.tasks(), dialogs, context.loader(), row.ref(),
                browser::markRead);
        ProfileView view = new ProfileView(vm);
        view.setOnEdit(snapshot -> editors.open(session, snapshot, vm));
        view.setOnVersions(snapshot -> editors.openVersions(session, snapshot, vm));
        view.setOnMailbox(snapshot -> editors.openComposer(session, snapshot));
        view.setOnWatch(snapshot -> watches.show(session).watch(snapshot.ref().store(), snapshot.ref().key()));
        Tab tab = new Tab(row.ref().key(), view);
        tab.setUserData(id);
        tab.setTooltip(new Tooltip(session.connection().name() + " · " + row.ref()));
        profiles.getTabs().add(tab);
        profiles.getSelectionModel().select(tab);
        vm.refresh();
    }

    private void editConnection(Connection existing) {
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

    /** Ctrl+L: the audit log of writes made through ProfileLens, in its own window. */
    public void showAuditLog() {
        var model = new dev.profilelens.app.auditlog.AuditLogModel(context.saver(), context.tasks(), dialogs,
                context::sessionNamed);
        Stage w = new Stage();
        w.initOwner(stage);
        w.setTitle("Audit log — ProfileLens");
        w.setScene(new Scene(new dev.profilelens.app.auditlog.AuditLogView(model, dialogs)));
        w.getScene().getStylesheets().setAll(stage.getScene().getStylesheets());
        w.show();
        model.load();
    }

    /** The MetaTag audit of the connection shown in the browser, in its own window. */
    public void showMetaAudit() {
        if (activeSession == null) {
            return;
        }
        var model = new dev.profilelens.app.metaaudit.MetaAuditModel(activeSession, context.tasks(), dialogs,
                dev.profilelens.core.store.DataDirectory.resolve(), javafx.application.Platform::runLater);
        Stage w = new Stage();
        w.initOwner(stage);
        w.setTitle("MetaTag audit · " + activeSession.connection().name() + " — ProfileLens");
        w.setScene(new Scene(new dev.profilelens.app.metaaudit.MetaAuditView(model)));
        w.getScene().getStylesheets().setAll(stage.getScene().getStylesheets());
        w.setOnHidden(e -> model.close());
        w.show();
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
        if (t != null) {
            profiles.getTabs().remove(t);
        }
    }

    void selectTab(int delta) {
        int n = profiles.getTabs().size();
        if (n > 0) {
            int i = profiles.getSelectionModel().getSelectedIndex();
            profiles.getSelectionModel().select(((i + delta) % n + n) % n);
        }
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
}
