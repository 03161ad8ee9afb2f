package dev.profilelens.app;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart so the CLI path never loads JavaFX classes. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(ProfileLensApp.class, args);
    }
}
