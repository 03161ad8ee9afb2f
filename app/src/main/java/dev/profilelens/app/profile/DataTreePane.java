package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.profilelens.app.widgets.Controls;
import dev.profilelens.app.widgets.FitToRows;
import dev.profilelens.core.codec.RobloxJson;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
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
 * item; every edit is an intent sent to the key's editor, and edited rows are shown in bold. Read again, the same
 * pane shows the new value with the same rows open (no new table, headers and styles for every read).
 */
final class DataTreePane extends BorderPane {
    private static final int EXPAND_LIMIT = 5_000;
    private final String title;
    private final TreeTableView<JsonTreeItem.Row> tree = new TreeTableView<>();
    private final Label error = new Label();
    private @Nullable EditableTree edits;

    /**
     * An empty pane; {@code editable} panes take edits in place ({@link #show} then needs the whole value and a
     * sink). The pane is kept while its profile is read again: {@link #show} puts the new value in the same tree.
     */
    DataTreePane(String title, boolean editable) {
        this.title = title;
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
        expand.setOnAction(e -> ((JsonTreeItem) tree.getRoot()).expandAll(EXPAND_LIMIT));
        Button collapse = new Button("Collapse all");
        collapse.setOnAction(e -> tree.getRoot().getChildren().forEach(c -> c.setExpanded(false)));
        Label hint = new Label("Right-click a row to copy its path or value.");
        hint.getStyleClass().add("muted");
        error.setId("data-tree-error");
        error.setWrapText(true);
        error.getStyleClass().add("inline-error");
        Controls.shownWhenSet(error);
        if (editable) {
            EditableTree e = new EditableTree(tree, MissingNode.getInstance(), intent -> { }, error);
            edits = e;
            editable(tree, values, e, menu);
            hint.setText("Double-click or F2 edits a value (+N adds to it); right-click to add, remove or duplicate. "
                    + "Pending until saved.");
        }
        FitToRows.apply(tree, this);
        setTop(new VBox(new ToolBar(expand, collapse, hint), error));
    }

    boolean editable() {
        return edits != null;
    }

    /** What the tree shows while it has no value yet (before the first read, or when that read failed). */
    void waiting(Node placeholder) {
        tree.setPlaceholder(placeholder);
    }

    /**
     * Shows {@code data}; {@code root} is the whole value (paths are pointers into it) and {@code sink} takes the
     * edits of an editable pane. The rows open before stay open, and the selected row stays selected, where they
     * are still there.
     */
    void show(@Nullable JsonNode root, JsonNode data, @Nullable IntentSink sink) {
        Set<String> open = new HashSet<>();
        TreeItem<JsonTreeItem.Row> before = tree.getRoot();
        if (before != null) {
            JsonTreeItem.expanded(before, open);
        }
        TreeItem<JsonTreeItem.Row> was = tree.getSelectionModel().getSelectedItem();
        String selected = was == null ? null : was.getValue().path();
        EditableTree e = edits;
        if (e != null) {
            e.reset(root == null ? MissingNode.getInstance() : root, sink == null ? intent -> { } : sink);
        }
        JsonTreeItem top = new JsonTreeItem(new JsonTreeItem.Row(title, "/" + title, data));
        // before the tree's own handlers (added when it becomes the root): see buildUnfocused
        top.addEventHandler(TreeItem.<JsonTreeItem.Row>branchExpandedEvent(), ev -> buildUnfocused(ev.getTreeItem()));
        top.setExpanded(true);
        JsonTreeItem.reopen(top, open);
        tree.setRoot(top);
        if (selected != null) {
            JsonTreeItem found = JsonTreeItem.find(top, selected);
            if (found != null) {
                tree.getSelectionModel().select(found);
            }
        }
    }

    /** Builds the rows of a table being opened before the tree's focus model sees them ({@link #unfocused}). */
    private void buildUnfocused(TreeItem<JsonTreeItem.Row> opened) {
        if (opened instanceof JsonTreeItem item && !item.isBuilt()) {
            unfocused(tree, item, item::getChildren);
        }
    }

    /**
     * Runs {@code change}, which adds rows under {@code item}, while the tree has no focused row, then puts the focus
     * back on its row (ADR 0260). Rows added under an open item while a row has the focus reach JavaFX 21's focus
     * model, which looks up the row number of every added row from the top: opening or editing a 38,944-item
     * inventory took 19-25 s of the FX thread. The focus goes back at once when it is at or above {@code item}, on
     * the next pulse when it is below (once the tree has counted the new rows), to the same row number when its row
     * was replaced.
     */
    static void unfocused(TreeTableView<JsonTreeItem.Row> tree, TreeItem<JsonTreeItem.Row> item, Runnable change) {
        TreeItem<JsonTreeItem.Row> focused = tree.getFocusModel().getFocusedItem();
        if (focused == null) {
            change.run();
            return;
        }
        int row = tree.getRow(focused);
        tree.getFocusModel().focus(-1);
        change.run();
        if (row <= tree.getRow(item)) {
            tree.getFocusModel().focus(row);
        } else {
            Platform.runLater(() -> {
                int now = tree.getRow(focused);
                tree.getFocusModel().focus(now >= 0 ? now : row);
            });
        }
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
