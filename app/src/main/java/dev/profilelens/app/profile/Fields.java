package dev.profilelens.app.profile;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** A two-column grid of named fields, used by the Session and Key info panes. */
final class Fields {
    private final GridPane grid = new GridPane();
    private int row;

    Fields() {
        grid.setHgap(16);
        grid.setVgap(8);
        grid.getStyleClass().add("fields-grid");
    }

    Label add(String name, String value) {
        Label v = new Label(value);
        v.getStyleClass().add("field-value");
        v.setWrapText(true);
        add(name, v);
        return v;
    }

    void add(String name, Node value) {
        Label n = new Label(name);
        n.getStyleClass().add("field-name");
        grid.addRow(row++, n, value);
    }

    GridPane node() {
        return grid;
    }
}
