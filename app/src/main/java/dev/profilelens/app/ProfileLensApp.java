package dev.profilelens.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application (composition root of the GUI). */
public final class ProfileLensApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("ProfileLens");
        stage.setScene(new Scene(new Label("ProfileLens"), 1100, 720));
        stage.show();
    }
}
