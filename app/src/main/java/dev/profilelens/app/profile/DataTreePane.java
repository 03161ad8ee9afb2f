package dev.profilelens.app.profile;

import dev.profilelens.app.widgets.FitToRows;
import dev.profilelens.core.codec.RobloxJson;
import com.fasterxml.jackson.databind.JsonNode;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;

/** Data as a tree table: name, value and type columns; expand / collapse; copy path and value. */
final class DataTreePane {
    private static final int EXPAND_LIMIT = 5_000;

    private DataTreePane() {
    }

    static Node of(JsonNode data, String title) {
        JsonTreeItem root = new JsonTreeItem(new JsonTreeItem.Row(title, "/" + title, data));
        root.setExpanded(true);
        TreeTableView<JsonTreeItem.Row> tree = new TreeTableView<>(root);
        tree.setId("data-tree");
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.getColumns().add(column("Key", r -> r.name(), 240));
        tree.getColumns().add(column("Value", r -> r.node().isContainerNode() ? "" : RobloxJson.writeString(r.node()),
                320));
        tree.getColumns().add(column("Type", r -> JsonTypes.of(r.node()), 140));
        MenuItem copyPath = new MenuItem("Copy path");
        copyPath.setOnAction(e -> copy(tree, true));
        MenuItem copyValue = new MenuItem("Copy value");
        copyValue.setOnAction(e -> copy(tree, false));
        tree.setContextMenu(new ContextMenu(copyPath, copyValue));
        Button expand = new Button("Expand all");
        expand.setOnAction(e -> root.expandAll(EXPAND_LIMIT));
        Button collapse = new Button("Collapse all");
        collapse.setOnAction(e -> {
            root.getChildren().forEach(c -> c.setExpanded(false));
        });
        Label hint = new Label("Right-click a row to copy its path or value.");
        hint.getStyleClass().add("muted");
        BorderPane pane = new BorderPane();
        FitToRows.apply(tree, pane);
        pane.setTop(new ToolBar(expand, collapse, hint));
        return pane;
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
            java.util.function.Function<JsonTreeItem.Row, String> f, double width) {
        TreeTableColumn<JsonTreeItem.Row, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue().getValue())));
        return c;
    }
}
