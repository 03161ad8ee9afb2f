package dev.profilelens.app;

import dev.profilelens.core.store.SandboxProvisioner;
import javafx.application.Application;

/** Starts the JavaFX application; kept apart so the CLI path never loads JavaFX classes. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(String[] args) {
        // while JavaFX starts (about a second), load the store driver on the side: the first key list comes sooner
        Thread prepare = new Thread(() -> SandboxProvisioner.find()
                .ifPresent(SandboxProvisioner::prepare), "prepare-stores");
        prepare.setDaemon(true);
        prepare.start();
        Application.launch(ProfileLensApp.class, args);
    }
}
