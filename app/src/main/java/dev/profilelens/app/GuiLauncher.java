package dev.profilelens.app;

import dev.profilelens.app.env.Environment;
import dev.profilelens.app.settings.JsonFile;
import dev.profilelens.core.concurrent.Daemons;
import dev.profilelens.core.store.SandboxProvisioner;

/** Starts the JavaFX application; kept apart so the CLI path never loads JavaFX classes. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(Environment env, String[] args) {
        // while JavaFX starts (about a second), load the store driver on the side: the first key list comes sooner
        Daemons.start("prepare-stores", () -> env.providers().sandbox().ifPresent(SandboxProvisioner::prepare));
        Daemons.start("prepare-settings", JsonFile::prepare);
        ProfileLensApp.launch(env, args);
    }
}
