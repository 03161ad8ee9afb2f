package dev.profilelens.app.widgets;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A small spinner that appears only once work has gone on for {@value #AFTER_MS} ms, and goes as soon as it ends. A
 * read that is over sooner shows no spinner at all (the panes already say what is being read), and costs no animated
 * frames: under software rendering each spinner frame repaints and uploads the window while the read needs the CPU.
 * The spinner itself is made the first time it is shown: its skin builds and styles a dozen segments, about 15-20 ms
 * of the FX thread in a fresh JVM, in every profile tab opened, most of which never show it.
 */
public final class DelayedBusy extends StackPane {
    static final int AFTER_MS = 500;
    private final double size;
    private @Nullable ProgressIndicator spinner;

    private DelayedBusy(double size) {
        this.size = size;
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setVisible(false);
    }

    /** A spinner {@code size} px square that follows {@code busy} (true while the work runs) after the delay. */
    public static DelayedBusy following(ObservableBooleanValue busy, double size) {
        return following(busy, size, Duration.millis(AFTER_MS));
    }

    /** As {@link #following(ObservableBooleanValue, double)} with another delay (a test's, wide of any stall). */
    static DelayedBusy following(ObservableBooleanValue busy, double size, Duration after) {
        DelayedBusy b = new DelayedBusy(size);
        PauseTransition wait = new PauseTransition(after);
        wait.setOnFinished(e -> b.show(busy.get()));
        busy.addListener((o, was, now) -> {
            if (now) {
                wait.playFromStart();
            } else {
                wait.stop();
                b.show(false);
            }
        });
        if (busy.get()) {
            wait.playFromStart();
        }
        return b;
    }

    private void show(boolean on) {
        if (on && spinner == null) {
            ProgressIndicator p = new ProgressIndicator();
            p.setPrefSize(size, size);
            spinner = p;
            getChildren().add(p);
        }
        setVisible(on);
    }

    /** True while the spinner is shown. */
    public boolean showing() {
        return isVisible();
    }

    /** The spinner, once it has been shown (null before). */
    @Nullable ProgressIndicator spinner() {
        return spinner;
    }
}
