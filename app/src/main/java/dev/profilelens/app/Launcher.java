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

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--") && !Cli.isCliOption(args[0])) {
            GuiLauncher.launch(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
