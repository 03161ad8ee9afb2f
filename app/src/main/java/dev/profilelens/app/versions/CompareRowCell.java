package dev.profilelens.app.versions;

import javafx.scene.control.TableRow;

/** A comparison row: changed paths are marked (style class {@code changed}) when all paths are shown. */
final class CompareRowCell extends TableRow<CompareRow> {
    @Override
    protected void updateItem(CompareRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().remove("changed");
        if (!empty && row != null && row.changed()) {
            getStyleClass().add("changed");
        }
    }
}
