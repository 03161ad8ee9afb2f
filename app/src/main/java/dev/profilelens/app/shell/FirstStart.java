package dev.profilelens.app.shell;

import dev.profilelens.app.env.Environment;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.store.SandboxProvisioner;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * On the first start the sandbox does not exist yet: create and seed it with a progress bar (cancellable), then
 * continue. Later starts only check, off the FX thread, and continue at once.
 */
final class FirstStart {
    static final int PROFILES = 5_000;
    static final long SEED = 7;

    private FirstStart() {
    }

    static void ensureSandbox(Window owner, TaskExecutor tasks, Environment env, Runnable then,
                              Consumer<Throwable> failed) {
        SandboxProvisioner provisioner = env.providers().sandbox().orElse(null);
        if (provisioner == null) {
            then.run();
            return;
        }
        tasks.execute(BackgroundTask.of("Check sandbox", provisioner::isReady).onSuccess(ready -> {
            if (ready) {
                then.run();
            } else {
                seed(owner, tasks, provisioner, env.home(), then, failed);
            }
        }).onFailure(failed::accept));
    }

    private static void seed(Window owner, TaskExecutor tasks, SandboxProvisioner provisioner, Path home,
                             Runnable then, Consumer<Throwable> failed) {
        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(360);
        bar.setId("sandbox-progress");
        Label text = new Label("Creating the sandbox: a game with " + PROFILES + " realistic profiles…");
        AtomicBoolean cancelled = new AtomicBoolean();
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> cancelled.set(true));
        VBox box = new VBox(12, text, bar, cancel);
        box.setPadding(new Insets(20));
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("First start");
        dialog.setScene(new Scene(box));
        dialog.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.show();
        tasks.execute(BackgroundTask.of("Seed sandbox", () -> {
            SandboxProvisioner.Progress progress = (done, total) -> Platform.runLater(() -> {
                bar.setProgress((double) done / total);
                text.setText("Creating the sandbox: " + done + " of " + total + " profiles…");
            });
            var child = ChildSeeder.find(home);
            if (child.isPresent()) {
                child.get().create(PROFILES, SEED, progress, cancelled::get);
            } else {
                provisioner.create(PROFILES, SEED, progress, cancelled::get);
            }
            return Boolean.TRUE;
        }).onSuccess(ok -> {
            dialog.close();
            then.run();
        }).onFailure(e -> {
            dialog.close();
            failed.accept(e);
        }));
    }
}
