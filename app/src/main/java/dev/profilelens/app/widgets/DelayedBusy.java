package dev.profilelens.app.widgets;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ProgressIndicator;
import javafx.util.Duration;

/**
 * A small spinner that appears only once work has gone on for {@value #AFTER_MS} ms, and goes as soon as it ends. A
 * read that is over sooner shows no spinner at all (the panes already say what is being read), and costs no animated
 * frames: under software rendering each spinner frame repaints and uploads the window while the read needs the CPU.
 */
public final class DelayedBusy {
    static final int AFTER_MS = 500;

    private DelayedBusy() {
    }

    /** A spinner {@code size} px square that follows {@code busy} (true while the work runs) after the delay. */
    public static ProgressIndicator following(ObservableBooleanValue busy, double size) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(size, size);
        spinner.setVisible(false);
        PauseTransition wait = new PauseTransition(Duration.millis(AFTER_MS));
        wait.setOnFinished(e -> spinner.setVisible(busy.get()));
        busy.addListener((o, was, now) -> {
            if (now) {
                wait.playFromStart();
            } else {
                wait.stop();
                spinner.setVisible(false);
            }
        });
        if (busy.get()) {
            wait.playFromStart();
        }
        return spinner;
    }
}
