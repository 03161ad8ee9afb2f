package dev.profilelens.app.versions;

import static dev.profilelens.app.widgets.Controls.button;
import static dev.profilelens.app.widgets.Controls.column;

import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.core.store.VersionInfo;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * Versions of a key: the list (local and UTC times), a comparison of two selected versions or of one with the
 * value stored now (changed paths, both texts), and restore of the whole version or of the paths chosen in the
 * comparison, with the option to drop residual global updates.
 */
public final class VersionsView extends BorderPane {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private final VersionsModel model;
    private final DialogService dialogs;
    private final TableView<VersionInfo> table;
    private final ListView<String> paths = new ListView<>();
    private final CheckBox dropUpdates = new CheckBox("Drop residual global updates");

    public VersionsView(VersionsModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        setId("versions-pane");
        table = new TableView<>(model.versions());
        table.setId("versions-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(column("Version", VersionInfo::version, 330));
        table.getColumns().add(column("Created (local)", v -> LOCAL.format(v.created()), 150));
        table.getColumns().add(column("Created (UTC)", v -> UTC.format(v.created()), 170));
        table.getColumns().add(column("Bytes", v -> Long.toString(v.contentLength()), 80));
        table.getColumns().add(column("Deleted", v -> v.deleted() ? "yes" : "", 60));
        Button compare = button("Compare", "Two selected versions, or one with the value stored now", this::compare);
        compare.setId("versions-compare");
        compare.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button whole = button("Restore whole…", "Write the selected version back as a new version", () ->
                restore(List.of()));
        whole.setId("versions-restore-whole");
        whole.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button chosen = button("Restore chosen paths…", "Copy only the paths selected below from the version",
                () -> restore(List.copyOf(paths.getSelectionModel().getSelectedItems())));
        chosen.setId("versions-restore-paths");
        chosen.disableProperty().bind(paths.getSelectionModel().selectedItemProperty().isNull());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setId("versions-status");
        status.setStyle("-fx-padding: 4 8 4 8;");
        setTop(new ToolBar(compare, whole, chosen, dropUpdates));
        setBottom(status);
        paths.setId("versions-paths");
        paths.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        paths.setPlaceholder(new Label("Compare to see the changed paths; select some to restore only them"));
        TextArea left = text();
        TextArea right = text();
        Label leftTitle = new Label();
        Label rightTitle = new Label();
        model.comparisonProperty().addListener((obs, old, c) -> {
            paths.getItems().setAll(c.paths());
            left.setText(c.left());
            right.setText(c.right());
            leftTitle.setText(c.leftTitle());
            rightTitle.setText(c.rightTitle() + " · " + c.paths().size() + " changed paths");
        });
        SplitPane texts = new SplitPane(new VBox(4, leftTitle, left), new VBox(4, rightTitle, right));
        SplitPane lower = new SplitPane(paths, texts);
        lower.setDividerPositions(0.3);
        SplitPane all = new SplitPane(table, lower);
        all.setOrientation(Orientation.VERTICAL);
        all.setDividerPositions(0.4);
        setCenter(all);
    }

    private void compare() {
        List<VersionInfo> picked = table.getSelectionModel().getSelectedItems();
        if (picked.size() >= 2) {
            VersionInfo a = picked.get(0);
            VersionInfo b = picked.get(1);
            boolean aOlder = a.created().isBefore(b.created());
            model.compare(aOlder ? a : b, aOlder ? b : a);
        } else {
            model.compare(picked.get(0), null);
        }
    }

    private void restore(List<String> chosen) {
        VersionInfo v = table.getSelectionModel().getSelectedItem();
        if (v == null) {
            return;
        }
        String key = model.ref().key();
        String what = chosen.isEmpty() ? "the whole version " + v.version() : chosen.size() + " path(s) from "
                + v.version();
        if (chosen.isEmpty() && !dialogs.confirmTyped("Restore " + key, "Restore " + what + " as a new version of "
                + key + "? Lock, load count and mailbox stay as stored now. Type the key to confirm.", key)) {
            return;
        }
        dialogs.ask("Restore " + key, "Why restore " + what + "? (recorded in the audit log)", "")
                .filter(r -> !r.isBlank())
                .ifPresent(r -> model.restore(v, chosen, dropUpdates.isSelected(), r, key, o -> { }));
    }

    private static TextArea text() {
        TextArea t = new TextArea();
        t.setEditable(false);
        t.setStyle("-fx-font-family: monospace;");
        return t;
    }


}
