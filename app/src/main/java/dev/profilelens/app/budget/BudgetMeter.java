package dev.profilelens.app.budget;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.core.store.BudgetStatus;
import dev.profilelens.core.store.RequestBudget;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.jspecify.annotations.Nullable;

/**
 * The status bar's request-budget meter for the active connection: requests used of the limit per category, 429s
 * received, and how long the next request waits and why. Hidden for sources without a budget (local files).
 */
public final class BudgetMeter extends Label {
    private final Tooltip details = new Tooltip();
    private volatile @Nullable RequestBudget budget;

    public BudgetMeter() {
        setId("budget-meter");
        getStyleClass().add("muted");
        setTooltip(details);
        setVisible(false);
        setManaged(false);
        new BudgetPoller(() -> budget, this::show).runWhileShown(this);
    }

    /** Follows {@code session}'s budget; the source is opened on the session's lane, never on the FX thread. */
    public void attach(ConnectionSession session) {
        budget = null;
        show(null);
        session.lane().execute(() -> {
            RequestBudget b;
            try {
                b = session.source().capabilities().budget();
            } catch (RuntimeException e) {
                b = null; // the browser reports the connection error; the meter stays hidden
            }
            RequestBudget found = b;
            Platform.runLater(() -> {
                budget = found;
                show(found);
            });
        });
    }

    /** Follows {@code b} directly (tests, tools). */
    public void follow(@Nullable RequestBudget b) {
        budget = b;
        show(b);
    }

    private void show(@Nullable RequestBudget b) {
        boolean on = b != null;
        setVisible(on);
        setManaged(on);
        if (b == null) {
            return;
        }
        setText(BudgetStatus.summary(b));
        details.setText(BudgetStatus.details(b));
        pseudoClassStateChanged(WAITING, BudgetStatus.waiting(b).isPresent());
    }

    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");
}
