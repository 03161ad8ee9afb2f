package dev.profilelens.app;

import dev.profilelens.app.cli.Cli;
import dev.profilelens.app.env.Environment;
import dev.profilelens.app.log.FileLog;
import java.io.IOException;

/**
 * Entry point of the {@code profilelens} launcher: no arguments (or only GUI options) open the window, a
 * subcommand runs the CLI without starting JavaFX. Not an {@code Application} subclass, so JavaFX may sit on the
 * class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("--load-classes")) {
            System.out.println("loaded " + StartupClasses.load() + " classes");
            return;
        }
        // the composition root: the one place that reads the process's properties, environment and connectors
        Environment env = Environment.ofSystem();
        if (args.length == 0 || args[0].startsWith("--") && !Cli.isCliOption(args[0])) {
            GuiLauncher.launch(env, args);
            return;
        }
        FileLog.install(env.home());
        System.exit(Cli.run(env, args));
    }
}
