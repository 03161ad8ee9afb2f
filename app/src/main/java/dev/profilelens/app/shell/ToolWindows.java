package dev.profilelens.app.shell;

import dev.profilelens.app.auditlog.AuditLogView;
import dev.profilelens.app.auditlog.AuditLogViewModel;
import dev.profilelens.app.bulk.BulkView;
import dev.profilelens.app.bulk.BulkViewModel;
import dev.profilelens.app.browser.BrowserView;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.erase.EraseView;
import dev.profilelens.app.erase.EraseViewModel;
import dev.profilelens.app.metaaudit.MetaAuditView;
import dev.profilelens.app.metaaudit.MetaAuditViewModel;
import dev.profilelens.app.mirror.MirrorView;
import dev.profilelens.app.mirror.MirrorViewModel;
import dev.profilelens.app.team.TeamSettingsView;
import dev.profilelens.app.team.TeamSettingsViewModel;
import dev.profilelens.app.team.TeamTemplates;
import dev.profilelens.core.store.EntryRef;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The main window's tool windows (team database, audit log, MetaTag audit; leaderboard and DataStore2 players in
 * {@link #dialects}), each a child window of its own.
 */
final class ToolWindows {
    final DialectWindows dialects;
    private final Stage stage;
    private final AppContext context;
    private final DialogService dialogs;
    private final Browsers browsers;

    ToolWindows(Stage stage, AppContext context, DialogService dialogs, Browsers browsers) {
        this.stage = stage;
        this.context = context;
        this.dialogs = dialogs;
        this.browsers = browsers;
        this.dialects = new DialectWindows(stage, context, dialogs);
    }

    void teamSettings() {
        var model = new TeamSettingsViewModel(context.env().team(), context.tasks(), dialogs, () -> {
            context.saver().reset();
            context.connections().refreshTeam();
        });
        ChildWindows.show(stage, "Team database — ProfileLens", new TeamSettingsView(model),
                600, 360);
        model.load();
    }

    void auditLog() {
        var model = new AuditLogViewModel(context.saver(), context.tasks(), dialogs,
                context::sessionNamed);
        Stage w = ChildWindows.show(stage, "Audit log — ProfileLens", new AuditLogView(
                model, dialogs), 1100, 700);
        w.setOnHidden(ev -> model.stopLive());
        model.load();
        model.startLive();
    }

    /**
     * Tools → Right to erasure… for {@code session}; the keys it erased leave that connection's key list, and on the
     * sandbox the window's simulated servers never play those players again from the start of the run (their
     * accounts are gone).
     */
    void erasure(ConnectionSession session) {
        var model = new EraseViewModel(session, context.tasks(), context.saver(), context.env(),
                Platform::runLater);
        model.setOnErased(refs -> {
            BrowserView browser = browsers.opened(session.connection().name());
            if (browser != null) {
                browser.model().removeKeys(refs);
            }
        });
        // the window's simulated servers stop bringing the players back before their keys go, so none is recreated
        if (session.connection().isSandbox()) {
            model.setOnErasing(context.servers()::retire);
        }
        Stage w = ChildWindows.show(stage, "Right to erasure · " + session.connection().name() + " — ProfileLens",
                new EraseView(model), 900, 760);
        w.setOnHidden(e -> model.close());
    }

    /** File → Mirror to local… for {@code session}; the finished copy is added and opened by {@code open}. */
    void mirror(ConnectionSession session,
                Consumer<Connection> open) {
        var model = new MirrorViewModel(session, context.tasks(), context.clock(),
                Platform::runLater, c -> {
                    if (context.connections().byName(c.name()).isEmpty()) {
                        context.connections().add(c);
                    }
                    open.accept(c);
                });
        ChildWindows.show(stage, "Mirror to local · " + session.connection().name() + " — ProfileLens",
                new MirrorView(model), 640, 320, false);
    }

    void metaAudit(ConnectionSession session, Consumer<EntryRef> openProfile) {
        var model = new MetaAuditViewModel(session, context.tasks(), dialogs, context.env().home(),
                Platform::runLater, context.env().team(), context.clock());
        var actions = new MetaAuditView.Actions(openProfile,
                (store, prefix, where) -> bulk(session, store, prefix, where));
        Stage w = ChildWindows.show(stage, "MetaTag audit · " + session.connection().name() + " — ProfileLens",
                new MetaAuditView(model, actions), 1100, 720);
        w.setOnHidden(e -> model.close());
    }

    /** The bulk edit window, its set given (from the MetaTag audit's filters) or empty. */
    void bulk(ConnectionSession session, String store, String prefix, String where) {
        var model = new BulkViewModel(session, context.tasks(), context.saver()::auditLog, context.env(),
                s -> context.deliveryTemplates().get(TeamTemplates.universeOf(session.connection().spec()), s),
                Platform::runLater);
        ChildWindows.show(stage, "Bulk edit · " + session.connection().name() + " — ProfileLens",
                new BulkView(model, store, prefix, where), 1100, 720);
    }
}
