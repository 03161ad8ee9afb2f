package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.error.InspectorException;
import java.util.Objects;
import javafx.scene.control.TreeTableCell;
import org.jspecify.annotations.Nullable;

/**
 * The Data tree's value cell with a typed editor (F2, Enter or double-click): a text field for numbers, strings and
 * JSON (null), a true/false choice for booleans. Enter commits when the text is a value of that type (else the field
 * is marked and the error named, the text kept); Esc cancels. Tables are edited with "Edit as JSON…".
 */
final class ValueCell extends TreeTableCell<JsonTreeItem.Row, String> {
    private final EditableTree edits;
    private @Nullable TypedEditor editor;

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
        TypedEditor ed = new TypedEditor(node, "data-tree-editor", this::commit, this::cancelEdit);
        editor = ed;
        TypedCells.edit(this, ed);
    }

    private void commit(String text) {
        TypedEditor ed = Objects.requireNonNull(editor, "a commit comes from the open editor");
        JsonTreeItem.Row row = getTableRow().getItem();
        JsonNode old = edits.at(row.path());
        try {
            JsonNode now = TypedValues.parse(ed.kind(), text, row.path(), old);
            if (!JsonEquals.equal(old, now)) {
                for (Intent i : InPlaceIntents.edit(row.path(), old, now)) {
                    if (!edits.submit(i)) {
                        ed.refuse(edits.lastError());
                        return;
                    }
                }
            }
            cancelEdit();
        } catch (InspectorException e) {
            ed.refuse(e.userMessage());
            edits.fail(e);
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        TypedCells.show(this, getItem(), false);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        TypedCells.show(this, item, empty);
    }
}
