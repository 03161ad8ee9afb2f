package dev.profilelens.app;

import dev.profilelens.app.shell.Startup;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: all wiring lives in {@link Startup} and the shell's composition root. */
public final class ProfileLensApp extends Application {
    private Startup startup;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        startup = new Startup(args);
        startup.start(stage);
    }

    @Override
    public void stop() {
        if (startup != null) {
            startup.stop();
        }
    }
}
