package dev.profilelens.app.shell;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.team.TeamTemplates;
import dev.profilelens.core.store.EntryRef;
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

    ToolWindows(Stage stage, AppContext context, DialogService dialogs) {
        this.stage = stage;
        this.context = context;
        this.dialogs = dialogs;
        this.dialects = new DialectWindows(stage, context, dialogs);
    }

    void teamSettings() {
        var model = new dev.profilelens.app.team.TeamSettingsModel(context.tasks(), dialogs, () -> {
            context.saver().reset();
            context.connections().refreshTeam();
        });
        ChildWindows.show(stage, "Team database — ProfileLens", new dev.profilelens.app.team.TeamSettingsView(model),
                600, 360);
        model.load();
    }

    void auditLog() {
        var model = new dev.profilelens.app.auditlog.AuditLogModel(context.saver(), context.tasks(), dialogs,
                context::sessionNamed);
        Stage w = ChildWindows.show(stage, "Audit log — ProfileLens", new dev.profilelens.app.auditlog.AuditLogView(
                model, dialogs), 1100, 700);
        w.setOnHidden(ev -> model.stopLive());
        model.load();
        model.startLive();
    }

    /** Tools → Right to erasure… for {@code session}. */
    void erasure(ConnectionSession session) {
        var model = new dev.profilelens.app.erase.EraseModel(session, context.tasks(), context.saver(),
                dev.profilelens.core.store.DataDirectory.resolve(), javafx.application.Platform::runLater);
        Stage w = ChildWindows.show(stage, "Right to erasure · " + session.connection().name() + " — ProfileLens",
                new dev.profilelens.app.erase.EraseView(model), 900, 620);
        w.setOnHidden(e -> model.close());
    }

    /** File → Mirror to local… for {@code session}; the finished copy is added and opened by {@code open}. */
    void mirror(ConnectionSession session,
                java.util.function.Consumer<dev.profilelens.app.connection.Connection> open) {
        var model = new dev.profilelens.app.mirror.MirrorModel(session, context.tasks(),
                javafx.application.Platform::runLater, c -> {
                    if (context.connections().byName(c.name()).isEmpty()) {
                        context.connections().add(c);
                    }
                    open.accept(c);
                });
        ChildWindows.show(stage, "Mirror to local · " + session.connection().name() + " — ProfileLens",
                new dev.profilelens.app.mirror.MirrorView(model), 640, 320);
    }

    void metaAudit(ConnectionSession session, java.util.function.Consumer<EntryRef> openProfile) {
        var model = new dev.profilelens.app.metaaudit.MetaAuditModel(session, context.tasks(), dialogs,
                dev.profilelens.core.store.DataDirectory.resolve(), javafx.application.Platform::runLater);
        var actions = new dev.profilelens.app.metaaudit.MetaAuditView.Actions(openProfile,
                (store, prefix, where) -> bulk(session, store, prefix, where));
        Stage w = ChildWindows.show(stage, "MetaTag audit · " + session.connection().name() + " — ProfileLens",
                new dev.profilelens.app.metaaudit.MetaAuditView(model, actions), 1100, 720);
        w.setOnHidden(e -> model.close());
    }

    /** The bulk edit window, its set given (from the MetaTag audit's filters) or empty. */
    void bulk(ConnectionSession session, String store, String prefix, String where) {
        var model = new dev.profilelens.app.bulk.BulkModel(session, context.tasks(), context.saver()::auditLog,
                dev.profilelens.core.store.DataDirectory.resolve().resolve("batches"),
                s -> context.deliveryTemplates().get(TeamTemplates.universeOf(session.connection().spec()), s),
                javafx.application.Platform::runLater);
        ChildWindows.show(stage, "Bulk edit · " + session.connection().name() + " — ProfileLens",
                new dev.profilelens.app.bulk.BulkView(model, store, prefix, where), 1100, 720);
    }
}
