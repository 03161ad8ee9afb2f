package dev.profilelens.app.widgets;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.layout.BorderPane;

/**
 * Makes a table only as tall as its header and rows, up to the room it has (then it scrolls as usual). A table
 * stretched over a tall pane builds, styles and paints a row of empty cells for every line of the empty space
 * below its content; for the short tables of a profile (a few MetaTags, an unexpanded Data tree) that was most of
 * the cost of showing them.
 */
public final class FitToRows {
    /** Column header and borders, with room for a larger font. */
    private static final double HEADER = 32;
    /** Height kept for the placeholder text of an empty table. */
    private static final int MIN_ROWS = 2;

    private FitToRows() {
    }

    /**
     * Binds {@code table}'s maximum height to {@code rows} rows of {@code rowHeight} (the fixed cell size the caller
     * gave it) and puts it at the top of {@code parent}'s centre.
     */
    public static void apply(Control table, ObservableIntegerValue rows, double rowHeight, BorderPane parent) {
        table.maxHeightProperty().bind(Bindings.createDoubleBinding(
                () -> HEADER + Math.max(MIN_ROWS, rows.get()) * rowHeight, rows));
        parent.setCenter(table);
        BorderPane.setAlignment(table, Pos.TOP_LEFT);
    }
}
