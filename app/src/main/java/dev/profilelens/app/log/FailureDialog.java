package dev.profilelens.app.log;

import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** Shows a {@link FailureReporter} notice as an error dialog on the FX thread. */
public final class FailureDialog implements BiConsumer<String, Runnable> {

    @Override
    public void accept(String text, Runnable closed) {
        Runnable show = () -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.CLOSE);
            alert.setTitle("ProfileLens: unexpected failure");
            alert.setHeaderText("An operation failed unexpectedly");
            alert.setResizable(true);
            alert.setOnHidden(e -> closed.run());
            alert.show();
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
