package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.error.InspectorException;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;

/**
 * The Data tree's value cell with a typed editor (F2, Enter or double-click): a text field for numbers, strings and
 * JSON (null), a true/false choice for booleans. Enter commits when the text is a value of that type (else the field
 * is marked and the error named, the text kept); Esc cancels. Tables are edited with "Edit as JSON…".
 */
final class ValueCell extends TreeTableCell<JsonTreeItem.Row, String> {
    private final EditableTree edits;
    private Control editor;
    private TypedValues.Kind kind;

    ValueCell(EditableTree edits) {
        this.edits = edits;
    }

    @Override
    public void startEdit() {
        JsonTreeItem.Row row = getTableRow() == null ? null : getTableRow().getItem();
        if (row == null || row.node().isContainerNode() || row.path().split("/").length < 3) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        JsonNode node = edits.at(row.path());
        kind = TypedValues.of(node);
        if (kind == TypedValues.Kind.BOOLEAN) {
            ComboBox<String> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList("true",
                    "false"));
            box.setValue(node.asText());
            box.setOnAction(e -> commit(box.getValue()));
            editor = box;
        } else {
            TextField field = new TextField(TypedValues.text(node));
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    commit(field.getText());
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            editor = field;
        }
        editor.setId("data-tree-editor");
        editor.setTooltip(new Tooltip("Edit the " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + "; Enter keeps it as a pending change, Esc cancels"));
        setText(null);
        setGraphic(editor);
        editor.requestFocus();
    }

    private void commit(String text) {
        JsonTreeItem.Row row = getTableRow().getItem();
        JsonNode old = edits.at(row.path());
        try {
            JsonNode now = TypedValues.parse(kind, text, row.path());
            if (!JsonEquals.equal(old, now)) {
                List<Intent> intents = InPlaceIntents.edit(row.path(), old, now);
                intents.forEach(edits::submit);
            }
            cancelEdit();
        } catch (InspectorException e) {
            editor.getStyleClass().add("input-invalid");
            editor.setTooltip(new Tooltip(e.userMessage()));
            edits.fail(e);
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setGraphic(null);
        setText(getItem());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing()) {
            return;
        }
        setGraphic(null);
        setText(empty ? null : item);
    }
}
