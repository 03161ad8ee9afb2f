package dev.profilelens.app.shell;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.ds2.Ds2PlayerView;
import dev.profilelens.app.ds2.Ds2PlayerViewModel;
import dev.profilelens.app.ordered.LeaderboardView;
import dev.profilelens.app.ordered.LeaderboardViewModel;
import dev.profilelens.app.ordered.OrderedAccess;
import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ds2.Presence;
import dev.profilelens.core.store.EntryRef;
import java.util.Optional;
import javafx.stage.Stage;

/**
 * The leaderboard and DataStore2 player windows (issue #19 item 4). A key of a store named {@code MASTER/USERID}
 * (DataStore2's OrderedBackups layout) opens the player, not the single backup.
 */
final class DialectWindows {
    private final Stage stage;
    private final AppContext context;
    private final DialogService dialogs;

    DialectWindows(Stage stage, AppContext context, DialogService dialogs) {
        this.stage = stage;
        this.context = context;
        this.dialogs = dialogs;
    }

    /** Opens the DataStore2 player when {@code ref} is one of its backups; false for any other key. */
    boolean openIfDs2(ConnectionSession session, EntryRef ref) {
        Optional<Ds2Address> a = Ds2Address.fromStoreName(ref.store());
        if (a.isEmpty() || !ref.key().matches("\\d{1,19}") || !EntryRef.DEFAULT_SCOPE.equals(ref.scope())) {
            return false;
        }
        ds2Player(session, a.get());
        return true;
    }

    void ds2Player(ConnectionSession session, Ds2Address address) {
        OrderedAccess access = OrderedAccess.of(session, context.tasks());
        Presence[] presence = new Presence[1];
        var model = new Ds2PlayerViewModel(access, dialogs, context.saver()::auditLog, () -> {
            if (presence[0] == null) {
                // on the lane, never the FX thread
                presence[0] = session.providers().presence(session.connection().spec());
            }
            return presence[0];
        }, context.clock(), context.env().user(), address);
        Stage w = ChildWindows.show(stage, address + " · " + session.connection().name() + " — ProfileLens",
                new Ds2PlayerView(model), 1100, 760);
        w.setOnHidden(e -> access.close());
        model.load();
    }

    void leaderboard(ConnectionSession session) {
        OrderedAccess access = OrderedAccess.of(session, context.tasks());
        var model = new LeaderboardViewModel(access, dialogs, context.saver()::auditLog, context.clock(),
                context.env().user());
        Stage w = ChildWindows.show(stage, "Leaderboard · " + session.connection().name() + " — ProfileLens",
                new LeaderboardView(model), 820, 640);
        w.setOnHidden(e -> access.close());
        model.load();
    }
}
