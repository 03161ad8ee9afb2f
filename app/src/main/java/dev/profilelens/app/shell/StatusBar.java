package dev.profilelens.app.shell;

import dev.profilelens.app.budget.BudgetMeter;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionFrame;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.connection.ConnectionStatus;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;

/**
 * The main window's status bar: the connection in front (framed in its colour), the window's simulated servers on
 * the sandbox while they run (ADR 0271), and the request budget of the connection shown.
 */
final class StatusBar extends HBox {
    private final ConnectionStatus connection = new ConnectionStatus();
    private final BudgetMeter budget = new BudgetMeter();

    StatusBar(ObservableStringValue servers) {
        super(12);
        Label running = new Label();
        running.setId("status-servers");
        running.getStyleClass().add("muted");
        running.textProperty().bind(servers);
        running.visibleProperty().bind(Bindings.isNotEmpty(servers));
        running.managedProperty().bind(running.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().setAll(connection, grow, running, budget);
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");
    }

    /** Shows {@code c} (none: null) and frames the bar in its colour. */
    void show(@Nullable Connection c) {
        connection.show(c);
        ConnectionFrame.frame(this, c);
    }

    /** The budget shown is {@code session}'s. */
    void attach(ConnectionSession session) {
        budget.attach(session);
    }
}
