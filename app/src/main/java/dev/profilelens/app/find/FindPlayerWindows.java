package dev.profilelens.app.find;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.env.Environment;
import dev.profilelens.app.settings.KeyTemplateSettings;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.app.team.TeamTemplates;
import dev.profilelens.core.find.FindHit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One find-a-player window per connection, kept (with its caches and results) while the app runs: opening a found
 * place or Escape puts it away, Ctrl+P shows it again.
 */
public final class FindPlayerWindows {
    private final TaskExecutor tasks;
    private final Map<String, Stage> open = new HashMap<>();

    private final Environment env;

    public FindPlayerWindows(TaskExecutor tasks, Environment env) {
        this.tasks = tasks;
        this.env = env;
    }

    /** Shows the connection's window; {@code openHit} opens a found place in the main window. */
    public void show(Window owner, ConnectionSession session, Consumer<FindHit> openHit) {
        Stage stage = open.computeIfAbsent(session.connection().name(), n -> {
            FindPlayerViewModel model = new FindPlayerViewModel(session, tasks,
                    () -> session.providers().userDirectory(session.connection().spec()),
                    env.file(KeyTemplateSettings.FILE), new TeamTemplates(env.team()));
            Stage s = new Stage();
            s.initOwner(owner);
            s.setTitle("Find player · " + n + " — ProfileLens");
            // opening a place puts the window away (it stays above the main window while shown): Ctrl+P brings it
            // back with its results; Escape puts it away too
            s.setScene(new Scene(new FindPlayerView(model, hit -> {
                s.hide();
                openHit.accept(hit);
            }), 620, 420));
            s.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    s.hide();
                    e.consume();
                }
            });
            s.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            return s;
        });
        stage.show();
        stage.toFront();
        ((FindPlayerView) stage.getScene().getRoot()).focusBox();
    }
}
