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
     * The launcher's start, handed over once: JavaFX creates this class itself and takes no constructor arguments.
     * It begins reading the settings while the toolkit starts. Empty when the application is started another way;
     * then the start reads the process's own environment.
     */
    private static final AtomicReference<@Nullable Startup> HANDED_OVER = new AtomicReference<>();
    private @Nullable Startup startup;

    static void launch(Environment env, String[] args) {
        HANDED_OVER.set(Startup.preparing(List.of(args), env));
        Application.launch(ProfileLensApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Startup handed = HANDED_OVER.getAndSet(null);
        if (handed == null) {
            List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
            handed = new Startup(args, Environment.ofSystem());
        }
        startup = handed;
        handed.start(stage);
    }

    @Override
    public void stop() {
        Startup s = startup;
        if (s != null) {
            s.stop();
        }
    }
}
