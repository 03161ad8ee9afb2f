package dev.profilelens.app.widgets;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.layout.BorderPane;

/**
 * Makes a table only as tall as its header and rows, up to the room it has (then it scrolls as usual). A table
 * stretched over a tall pane builds, styles and paints a row of empty cells for every line of the empty space
 * below its content; for the short tables of a profile (a few MetaTags, an unexpanded Data tree) that was most of
 * the cost of showing them. Rows get one height, which also spares the table measuring each cell.
 */
public final class FitToRows {
    /** The row height given to every fitted table. */
    private static final double ROW_HEIGHT = 24;
    /** Column header and borders, with room for a larger font. */
    private static final double HEADER = 32;
    /** Height kept for the placeholder text of an empty table. */
    private static final int MIN_ROWS = 2;

    private FitToRows() {
    }

    /**
     * Gives {@code table} rows of {@link #ROW_HEIGHT} (through its {@code fixedCellSize} property), binds its
     * maximum height to {@code rows} of them and puts it at the top of {@code parent}'s centre.
     */
    public static void apply(Control table, DoubleProperty fixedCellSize, ObservableIntegerValue rows,
                             BorderPane parent) {
        fixedCellSize.set(ROW_HEIGHT);
        table.maxHeightProperty().bind(Bindings.createDoubleBinding(
                () -> HEADER + Math.max(MIN_ROWS, rows.get()) * ROW_HEIGHT, rows));
        parent.setCenter(table);
        BorderPane.setAlignment(table, Pos.TOP_LEFT);
    }
}
