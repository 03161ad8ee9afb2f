package dev.profilelens.app.connection;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;

/** The status bar's connection area: swatch, name, kind and safety, and a PRODUCTION label when it is one. */
public final class ConnectionStatus extends HBox {
    private final Region swatch = new Region();
    private final Label name = new Label("No connection");
    private final Label production = new Label("PRODUCTION");

    public ConnectionStatus() {
        createView();
    }

    private void createView() {
        setId("status-connection");
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        swatch.getStyleClass().add("connection-swatch");
        swatch.setMaxSize(12, 12);
        swatch.setVisible(false);
        name.setId("status-connection-name");
        production.setId("status-production");
        production.getStyleClass().add("production-label");
        production.setManaged(false);
        production.setVisible(false);
        getChildren().addAll(swatch, production, name);
    }

    /** Shows {@code c} (or "No connection"). */
    public void show(@Nullable Connection c) {
        boolean prod = c != null && c.production();
        production.setVisible(prod);
        production.setManaged(prod);
        swatch.setVisible(c != null);
        if (c == null) {
            name.setText("No connection");
            return;
        }
        swatch.setStyle("-fx-background-color: " + c.colour() + ";");
        name.setText(c.name() + " · " + c.kind() + " · " + c.safety());
    }

    public String text() {
        return name.getText();
    }

    public boolean productionShown() {
        return production.isVisible();
    }
}
