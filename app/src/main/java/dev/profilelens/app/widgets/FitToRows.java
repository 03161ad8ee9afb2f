package dev.profilelens.app.widgets;

import java.util.function.IntSupplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
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
    /**
     * Column header and borders: the AtlantaFX themes' header is about 40 px (Modena's was 25), plus room for a
     * larger font; at 32 the last row was cut in half.
     */
    private static final double HEADER = 46;
    /** Height kept for the placeholder text of an empty table. */
    private static final int MIN_ROWS = 2;

    private FitToRows() {
    }

    /** A table view: its row count is its item count. */
    public static void apply(TableView<?> table, BorderPane parent) {
        apply(table, table.fixedCellSizeProperty(), () -> table.getItems().size(), table.getItems(), parent);
    }

    /**
     * A tree table: its row count is the count of items shown (expanded). Read through the getter, not the
     * {@code expandedItemCount} property, which the tree only brings up to date during its own layout - too late
     * to grow the table when a row is expanded.
     */
    public static <T> void apply(TreeTableView<T> tree, BorderPane parent) {
        IntegerProperty expansions = new SimpleIntegerProperty();
        EventHandler<TreeItem.TreeModificationEvent<T>> counted = e -> expansions.set(expansions.get() + 1);
        if (tree.getRoot() != null) {
            tree.getRoot().addEventHandler(TreeItem.expandedItemCountChangeEvent(), counted);
        }
        // a tree shown again with a new root (a profile read again) is measured by that root's rows
        tree.rootProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventHandler(TreeItem.expandedItemCountChangeEvent(), counted);
            }
            if (now != null) {
                now.addEventHandler(TreeItem.expandedItemCountChangeEvent(), counted);
            }
            expansions.set(expansions.get() + 1);
        });
        apply(tree, tree.fixedCellSizeProperty(), tree::getExpandedItemCount, expansions, parent);
    }

    /**
     * Gives {@code table} rows of {@link #ROW_HEIGHT} (through its {@code fixedCellSize} property), binds its
     * maximum height to {@code rows} of them, read again whenever {@code rowsChanged} changes, and puts it at the
     * top of {@code parent}'s centre.
     */
    private static void apply(Control table, DoubleProperty fixedCellSize, IntSupplier rows,
                              Observable rowsChanged, BorderPane parent) {
        fixedCellSize.set(ROW_HEIGHT);
        table.maxHeightProperty().bind(Bindings.createDoubleBinding(
                () -> HEADER + Math.max(MIN_ROWS, rows.getAsInt()) * ROW_HEIGHT, rowsChanged));
        parent.setCenter(table);
        BorderPane.setAlignment(table, Pos.TOP_LEFT);
    }
}
