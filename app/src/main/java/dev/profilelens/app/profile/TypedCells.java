package dev.profilelens.app.profile;

import javafx.scene.control.Cell;
import org.jspecify.annotations.Nullable;

/**
 * What the Data tree's and the MetaTags table's value cells do alike around their {@link TypedEditor}; the cells
 * extend different JavaFX cells ({@code TreeTableCell}, {@code TableCell}), so they share it here.
 */
final class TypedCells {
    private TypedCells() {
    }

    /** Shows {@code editor} in {@code cell} in place of its text and gives it the focus. */
    static void edit(Cell<String> cell, TypedEditor editor) {
        cell.setText(null);
        cell.setGraphic(editor.control());
        editor.control().requestFocus();
    }

    /** Shows {@code item} as the cell's text (none when empty), unless the cell is editing. */
    static void show(Cell<String> cell, @Nullable String item, boolean empty) {
        if (cell.isEditing()) {
            return;
        }
        cell.setGraphic(null);
        cell.setText(empty ? null : item);
    }
}
