package dev.profilelens.app.editor;

import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.edit.intent.Change;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.SetValue;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * A pending change in the editor's list. A typed number reads "+500 (was 153608)" with a switch to "set 154108"
 * (issue #15 item 4): the intent becomes a guarded set, refused when someone changed the number meanwhile.
 */
final class ChangeCell extends ListCell<String> {
    private final EditorViewModel model;

    ChangeCell(EditorViewModel model) {
        this.model = model;
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        setGraphic(null);
        if (empty || item == null) {
            return;
        }
        Analysis a = model.analysisProperty().get();
        Intent i = model.target().editsDataOnly() && getIndex() < a.intents().size() ? a.intents().get(getIndex())
                : null;
        boolean delta = i instanceof AddDelta;
        boolean switched = i instanceof SetValue && model.isNumberAsSet(i.path());
        if (i == null || !delta && !switched) {
            setText(item);
            return;
        }
        Label text = new Label(item);
        ToggleButton set = new ToggleButton(delta ? "set " + after(a.pending(), getIndex()) : "as delta");
        set.setId("as-set-" + getIndex());
        set.setTooltip(new Tooltip(delta ? "Save this number as a set to exactly this value (refused if someone "
                + "changed it meanwhile) instead of adding the difference" : "Save the difference again (keeps what "
                + "a server added meanwhile)"));
        String path = i.path();
        set.setOnAction(e -> model.numberAsSet(path, delta));
        set.setMinWidth(USE_PREF_SIZE);
        setGraphic(new HBox(8, set, text));
    }

    private static String after(List<Change> pending, int index) {
        return index < pending.size() ? Change.text(pending.get(index).after()) : "";
    }
}
