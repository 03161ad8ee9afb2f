package dev.profilelens.app;

import dev.profilelens.app.env.Environment;
import dev.profilelens.core.store.SandboxProvisioner;

/** Starts the JavaFX application; kept apart so the CLI path never loads JavaFX classes. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(Environment env, String[] args) {
        // while JavaFX starts (about a second), load the store driver on the side: the first key list comes sooner
        Thread prepare = new Thread(() -> env.providers().sandbox()
                .ifPresent(SandboxProvisioner::prepare), "prepare-stores");
        prepare.setDaemon(true);
        prepare.start();
        ProfileLensApp.launch(env, args);
    }
}
