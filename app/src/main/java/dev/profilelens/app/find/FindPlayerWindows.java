package dev.profilelens.app.find;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.settings.KeyTemplateSettings;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.app.team.TeamTemplates;
import dev.profilelens.core.find.FindHit;
import dev.profilelens.core.find.UserDirectories;
import dev.profilelens.core.store.DataDirectory;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** One find-a-player window per connection, kept (with its caches) while the app runs; Ctrl+P shows it again. */
public final class FindPlayerWindows {
    private final TaskExecutor tasks;
    private final Map<String, Stage> open = new HashMap<>();

    public FindPlayerWindows(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    /** Shows the connection's window; {@code openHit} opens a found place in the main window. */
    public void show(Window owner, ConnectionSession session, Consumer<FindHit> openHit) {
        Stage stage = open.computeIfAbsent(session.connection().name(), n -> {
            FindPlayerViewModel model = new FindPlayerViewModel(session, tasks,
                    () -> UserDirectories.forSource(session.connection().spec()),
                    DataDirectory.resolve().resolve(KeyTemplateSettings.FILE), TeamTemplates.configured());
            Stage s = new Stage();
            s.initOwner(owner);
            s.setTitle("Find player · " + n + " — ProfileLens");
            s.setScene(new Scene(new FindPlayerView(model, openHit), 620, 420));
            s.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            return s;
        });
        stage.show();
        stage.toFront();
        ((FindPlayerView) stage.getScene().getRoot()).focusBox();
    }
}
