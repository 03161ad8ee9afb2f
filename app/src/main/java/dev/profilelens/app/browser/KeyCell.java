package dev.profilelens.app.browser;

import dev.profilelens.app.profile.StatusBadge;
import java.util.function.IntConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A key with its format and lock badges; showing the last row asks for the next page. */
final class KeyCell extends ListCell<KeyRow> {
    private final IntConsumer onShown;

    KeyCell(IntConsumer onShown) {
        this.onShown = onShown;
    }

    @Override
    protected void updateItem(KeyRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        Label key = new Label(row.ref().scope().equals("global") ? row.ref().key()
                : row.ref().key() + "  [" + row.ref().scope() + "]");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(4, key, grow);
        if (row.format() != null) {
            box.getChildren().add(StatusBadge.format(row.format()));
        }
        if (row.lock() != null) {
            box.getChildren().add(StatusBadge.lock(row.lock()));
        }
        setText(null);
        setGraphic(box);
        onShown.accept(getIndex());
    }
}
