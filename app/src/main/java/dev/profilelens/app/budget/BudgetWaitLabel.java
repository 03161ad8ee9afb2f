package dev.profilelens.app.budget;

import dev.profilelens.core.store.BudgetStatus;
import dev.profilelens.core.store.RequestBudget;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import org.jspecify.annotations.Nullable;

/**
 * Inside a long task (scan, watch): says that the task is waiting for the request budget and why ("waiting 12 s
 * for the list budget: Roblox answered 429"), and disappears when nothing waits a noticeable time.
 */
public final class BudgetWaitLabel extends Label {

    public BudgetWaitLabel(String id, Supplier<@Nullable RequestBudget> budget) {
        setId(id);
        getStyleClass().add("muted");
        show(null);
        new BudgetPoller(budget, this::show).runWhileShown(this);
    }

    private void show(@Nullable RequestBudget b) {
        String text = BudgetStatus.waiting(b).orElse("");
        setText(text);
        setVisible(!text.isEmpty());
        setManaged(!text.isEmpty());
    }
}
