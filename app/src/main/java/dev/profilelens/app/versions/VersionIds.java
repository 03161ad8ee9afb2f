package dev.profilelens.app.versions;

import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The version id column: shortened in the middle when narrow, the full id on hover, copied with Ctrl+C or the menu. */
final class VersionIds {
    private VersionIds() {
    }

    static TableColumn<VersionRow, String> column() {
        TableColumn<VersionRow, String> c = new TableColumn<>("Version");
        c.setPrefWidth(200);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().info().version()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : id);
                setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
                setTooltip(empty || id == null ? null : new Tooltip(id + "\n(Ctrl+C or right-click to copy)"));
            }
        });
        c.getStyleClass().add("version-id");
        return c;
    }

    /** Ctrl+C and "Copy version id" put the selected ids (one per line) on the clipboard. */
    static void copyable(TableView<VersionRow> table) {
        MenuItem copy = new MenuItem("Copy version id");
        copy.setId("versions-copy-id");
        copy.setOnAction(e -> copy(table));
        table.setContextMenu(new ContextMenu(copy));
        KeyCombination ctrlC = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        table.setOnKeyPressed(e -> {
            if (ctrlC.match(e)) {
                copy(table);
                e.consume();
            }
        });
    }

    static void copy(TableView<VersionRow> table) {
        String ids = table.getSelectionModel().getSelectedItems().stream().map(r -> r.info().version())
                .collect(Collectors.joining("\n"));
        if (!ids.isEmpty()) {
            ClipboardContent c = new ClipboardContent();
            c.putString(ids);
            Clipboard.getSystemClipboard().setContent(c);
        }
    }
}
