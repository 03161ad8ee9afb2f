package dev.profilelens.app;

import dev.profilelens.app.env.Environment;
import dev.profilelens.core.concurrent.Daemons;
import dev.profilelens.core.store.SandboxProvisioner;

/** Starts the JavaFX application; kept apart so the CLI path never loads JavaFX classes. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(Environment env, String[] args) {
        // while JavaFX starts (about a second), load the store driver on the side (the first key list
        // comes sooner); the settings are read on a thread of their own as well (ProfileLensApp)
        Daemons.start("prepare-stores", () -> env.providers().sandbox().ifPresent(SandboxProvisioner::prepare));
        ProfileLensApp.launch(env, args);
    }
}
