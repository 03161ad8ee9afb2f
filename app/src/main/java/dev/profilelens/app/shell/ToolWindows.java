package dev.profilelens.app.shell;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.dialog.DialogService;
import javafx.stage.Stage;

/** The main window's tool windows (team database, audit log, MetaTag audit), each a child window of its own. */
final class ToolWindows {
    private final Stage stage;
    private final AppContext context;
    private final DialogService dialogs;

    ToolWindows(Stage stage, AppContext context, DialogService dialogs) {
        this.stage = stage;
        this.context = context;
        this.dialogs = dialogs;
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

    void metaAudit(ConnectionSession session) {
        var model = new dev.profilelens.app.metaaudit.MetaAuditModel(session, context.tasks(), dialogs,
                dev.profilelens.core.store.DataDirectory.resolve(), javafx.application.Platform::runLater);
        Stage w = ChildWindows.show(stage, "MetaTag audit · " + session.connection().name() + " — ProfileLens",
                new dev.profilelens.app.metaaudit.MetaAuditView(model), 1100, 720);
        w.setOnHidden(e -> model.close());
    }
}
