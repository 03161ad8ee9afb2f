package dev.profilelens.app;

import dev.profilelens.app.env.Environment;
import dev.profilelens.app.shell.Startup;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;

/** The JavaFX application: all wiring lives in {@link Startup} and the shell's composition root. */
public final class ProfileLensApp extends Application {
    /**
     * The launcher's environment, handed over once: JavaFX creates this class itself and takes no constructor
     * arguments. Empty when the application is started another way; then it reads the process's own.
     */
    private static final AtomicReference<@Nullable Environment> HANDED_OVER = new AtomicReference<>();
    private @Nullable Startup startup;

    static void launch(Environment env, String[] args) {
        HANDED_OVER.set(env);
        Application.launch(ProfileLensApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        Environment env = HANDED_OVER.getAndSet(null);
        startup = new Startup(args, env != null ? env : Environment.ofSystem());
        startup.start(stage);
    }

    @Override
    public void stop() {
        Startup s = startup;
        if (s != null) {
            s.stop();
        }
    }
}
