package dev.profilelens.app.budget;

import dev.profilelens.core.store.RequestBudget;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Reads a budget twice a second on the FX thread and hands it to a view. Reading a budget is counting
 * in-memory timestamps (no I/O), so it is safe on the FX thread.
 */
final class BudgetPoller {
    static final Duration PERIOD = Duration.millis(500);
    private final Timeline timeline;

    BudgetPoller(Supplier<@Nullable RequestBudget> budget, Consumer<@Nullable RequestBudget> view) {
        this.timeline = new Timeline(new KeyFrame(PERIOD, e -> view.accept(budget.get())));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    /** Polls while {@code node} is in a scene, so a closed panel does not keep polling. */
    void runWhileShown(Node node) {
        node.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                timeline.stop();
            } else {
                timeline.play();
            }
        });
        if (node.getScene() != null) {
            timeline.play();
        }
    }

    void stop() {
        timeline.stop();
    }
}
