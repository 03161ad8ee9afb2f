package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.error.InvalidInputException;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * The Data tree's edit actions (context menu): edit a value, edit a table as JSON, add a key, add an array item
 * shaped like its siblings (fresh GUIDs), duplicate an item, remove a key or an item. Each becomes intents.
 */
final class DataTreeMenu {
    private final TreeTableView<JsonTreeItem.Row> tree;
    private final TreeTableColumn<JsonTreeItem.Row, String> values;
    private final EditableTree edits;

    DataTreeMenu(TreeTableView<JsonTreeItem.Row> tree, TreeTableColumn<JsonTreeItem.Row, String> values,
                 EditableTree edits) {
        this.tree = tree;
        this.values = values;
        this.edits = edits;
    }

    /** Adds the edit items in front of {@code menu}'s items, enabled by what the selected row is. */
    void install(ContextMenu menu) {
        MenuItem edit = item("Edit value", "data-edit-value", this::editValue);
        MenuItem json = item("Edit as JSON…", "data-edit-json", this::editJson);
        MenuItem addKey = item("Add key…", "data-add-key", this::addKey);
        MenuItem addItem = item("Add item…", "data-add-item", this::addItem);
        MenuItem duplicate = item("Duplicate item", "data-duplicate-item", this::duplicate);
        MenuItem remove = item("Remove", "data-remove", this::remove);
        menu.getItems().addAll(0, List.of(edit, json, addKey, addItem, duplicate, remove, new SeparatorMenuItem()));
        menu.setOnShowing(e -> {
            TreeItem<JsonTreeItem.Row> sel = tree.getSelectionModel().getSelectedItem();
            JsonNode node = sel == null ? null : edits.at(sel.getValue().path());
            boolean root = sel == null || sel.getParent() == null;
            boolean inArray = !root && edits.at(sel.getParent().getValue().path()).isArray();
            edit.setDisable(node == null || root || node.isContainerNode());
            json.setDisable(node == null);
            addKey.setDisable(node == null || !node.isObject());
            addItem.setDisable(node == null || !(node.isArray() || node.isObject() && node.isEmpty()));
            duplicate.setDisable(!inArray);
            remove.setDisable(root);
        });
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    private JsonTreeItem.Row selected() {
        return tree.getSelectionModel().getSelectedItem().getValue();
    }

    private String parentPath() {
        return tree.getSelectionModel().getSelectedItem().getParent().getValue().path();
    }

    private @Nullable Window owner() {
        return tree.getScene() == null ? null : tree.getScene().getWindow();
    }

    void editValue() {
        tree.edit(tree.getSelectionModel().getSelectedIndex(), values);
    }

    private void editJson() {
        String path = selected().path();
        JsonNode old = edits.at(path);
        JsonInputDialog.show(owner(), "Edit " + path, "Edit the value of " + path + " as JSON. Each changed value "
                + "becomes a pending change (numbers as a difference).", path, null, RobloxJson.pretty(old), "Apply",
                (name, value) -> submitOrKeep(InPlaceIntents.edit(path, old, value)));
    }

    private void addKey() {
        String path = selected().path();
        JsonInputDialog.show(owner(), "Add a key to " + path, "A new key of " + path + " and its value.", path,
                "", "0", "Add", (name, value) -> submitOrKeep(List.of(InPlaceIntents.addKey(path, edits.at(path), name,
                        value))));
    }

    private void addItem() {
        String path = selected().path();
        JsonNode item = ItemShapes.fromSiblings(edits.at(path), UUID::randomUUID);
        JsonInputDialog.show(owner(), "Add an item to " + path, "A new item shaped like the last one (id-like "
                + "fields get fresh GUIDs). Change the values as you need.", path, null, RobloxJson.pretty(item),
                "Add", (name, value) -> submitOrKeep(List.of(InPlaceIntents.append(path, value))));
    }

    private void duplicate() {
        JsonNode item = ItemShapes.withFreshIds(edits.at(selected().path()), UUID::randomUUID);
        submitAll(List.of(InPlaceIntents.append(parentPath(), item)));
    }

    private void remove() {
        String path = selected().path();
        String parent = parentPath();
        JsonNode parentNode = edits.at(parent);
        try {
            submitAll(List.of(parentNode.isArray() ? InPlaceIntents.removeItem(parent, parentNode, edits.at(path))
                    : InPlaceIntents.removeKey(path)));
        } catch (InvalidInputException e) {
            edits.fail(e);
        }
    }

    /** Submits in order; false at the first that cannot apply (its error shown under the tree). */
    private boolean submitAll(List<Intent> intents) {
        for (Intent i : intents) {
            if (!edits.submit(i)) {
                return false;
            }
        }
        return true;
    }

    /** For a dialog: an intent that cannot apply keeps the dialog open with the reason. */
    private void submitOrKeep(List<Intent> intents) {
        if (!submitAll(intents)) {
            throw new InvalidInputException(edits.lastError());
        }
    }
}
