package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.widgets.FitToRows;
import dev.profilelens.core.codec.RobloxJson;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * Data as a tree table: name, value and type columns; expand / collapse; copy path and value. With an intent sink
 * (a writable connection) it is edited in place: typed value editors, add / remove keys and items, duplicate an
 * item; every edit is an intent sent to the key's editor, and edited rows are shown in bold.
 */
final class DataTreePane {
    private static final int EXPAND_LIMIT = 5_000;

    private DataTreePane() {
    }

    static Node of(JsonNode data, String title) {
        return of(null, data, title, null);
    }

    /** {@code root} is the whole value (paths are pointers into it); editable when both it and {@code sink} are set. */
    static Node of(@Nullable JsonNode root, JsonNode data, String title, @Nullable IntentSink sink) {
        JsonTreeItem top = new JsonTreeItem(new JsonTreeItem.Row(title, "/" + title, data));
        top.setExpanded(true);
        TreeTableView<JsonTreeItem.Row> tree = new TreeTableView<>(top);
        tree.setId("data-tree");
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.getColumns().add(column("Key", r -> r.name(), 240));
        TreeTableColumn<JsonTreeItem.Row, String> values = column("Value", r -> r.node().isContainerNode() ? ""
                : RobloxJson.writeString(r.node()), 320);
        tree.getColumns().add(values);
        tree.getColumns().add(column("Type", r -> JsonTypes.of(r.node()), 140));
        MenuItem copyPath = new MenuItem("Copy path");
        copyPath.setOnAction(e -> copy(tree, true));
        MenuItem copyValue = new MenuItem("Copy value");
        copyValue.setOnAction(e -> copy(tree, false));
        ContextMenu menu = new ContextMenu(copyPath, copyValue);
        tree.setContextMenu(menu);
        Button expand = new Button("Expand all");
        expand.setOnAction(e -> top.expandAll(EXPAND_LIMIT));
        Button collapse = new Button("Collapse all");
        collapse.setOnAction(e -> top.getChildren().forEach(c -> c.setExpanded(false)));
        Label hint = new Label("Right-click a row to copy its path or value.");
        hint.getStyleClass().add("muted");
        Label error = new Label();
        error.setId("data-tree-error");
        error.setWrapText(true);
        error.getStyleClass().add("inline-error");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        if (root != null && sink != null) {
            editable(tree, values, new EditableTree(tree, root, sink, error), menu);
            hint.setText("Double-click or F2 edits a value; right-click to add, remove or duplicate. Edits are "
                    + "pending changes until saved.");
        }
        BorderPane pane = new BorderPane();
        FitToRows.apply(tree, pane);
        pane.setTop(new VBox(new ToolBar(expand, collapse, hint), error));
        return pane;
    }

    private static void editable(TreeTableView<JsonTreeItem.Row> tree, TreeTableColumn<JsonTreeItem.Row, String> values,
                                 EditableTree edits, ContextMenu menu) {
        tree.setEditable(true);
        values.setEditable(true);
        values.setCellFactory(c -> new ValueCell(edits));
        DataTreeMenu actions = new DataTreeMenu(tree, values, edits);
        actions.install(menu);
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2 && tree.getEditingCell() == null) {
                actions.editValue();
                e.consume();
            }
        });
        tree.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(JsonTreeItem.Row row, boolean empty) {
                super.updateItem(row, empty);
                boolean mark = !empty && row != null && edits.edited(row.path());
                if (mark && !getStyleClass().contains("edited")) {
                    getStyleClass().add("edited");
                } else if (!mark) {
                    getStyleClass().remove("edited");
                }
            }
        });
    }

    private static void copy(TreeTableView<JsonTreeItem.Row> tree, boolean path) {
        TreeItem<JsonTreeItem.Row> item = tree.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(path ? item.getValue().path() : RobloxJson.pretty(item.getValue().node()));
        Clipboard.getSystemClipboard().setContent(c);
    }

    private static TreeTableColumn<JsonTreeItem.Row, String> column(String title,
            Function<JsonTreeItem.Row, String> f, double width) {
        TreeTableColumn<JsonTreeItem.Row, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue().getValue())));
        return c;
    }
}
