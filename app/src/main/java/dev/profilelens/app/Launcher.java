package dev.profilelens.app;

import dev.profilelens.app.cli.Cli;

/**
 * Entry point of the {@code profilelens} launcher: no arguments (or only GUI options) open the window, a
 * subcommand runs the CLI without starting JavaFX. Not an {@code Application} subclass, so JavaFX may sit on the
 * class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 1 && args[0].equals("--load-classes")) {
            System.out.println("loaded " + StartupClasses.load() + " classes");
            return;
        }
        if (args.length == 0 || args[0].startsWith("--") && !Cli.isCliOption(args[0])) {
            GuiLauncher.launch(args);
            return;
        }
        dev.profilelens.app.log.FileLog.install(dev.profilelens.core.store.DataDirectory.resolve());
        System.exit(Cli.run(args));
    }
}
