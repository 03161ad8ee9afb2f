package dev.profilelens.app.versions;

import static dev.profilelens.app.widgets.Controls.button;
import static dev.profilelens.app.widgets.Controls.column;

import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.history.ChangeRow;
import dev.profilelens.app.history.ChangesDialog;
import dev.profilelens.core.restore.HistoryPlan;
import dev.profilelens.core.store.VersionInfo;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * Versions of a key: the list (times, who wrote it through ProfileLens and why, full ids on hover and copy), a
 * readable comparison of two selected versions or of one with the value stored now (values side by side, changed
 * paths only unless "All paths" is on, and both texts), and restore of the whole version or of the paths chosen in
 * the comparison, previewed as value now → restored value before anything is written.
 */
public final class VersionsView extends BorderPane {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private final VersionsViewModel model;
    private final DialogService dialogs;
    private final TableView<VersionRow> table;
    private final TableView<CompareRow> paths = new TableView<>();
    private final CheckBox dropUpdates = new CheckBox("Drop residual global updates");
    private final ToggleButton allPaths = new ToggleButton("All paths");

    public VersionsView(VersionsViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        setId("versions-pane");
        table = new TableView<>(model.versions());
        table.setId("versions-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(VersionIds.column());
        table.getColumns().add(column("Created (local)", r -> LOCAL.format(r.info().created()), 158));
        table.getColumns().add(column("Created (UTC)", r -> UTC.format(r.info().created()), 188));
        table.getColumns().add(column("Author", VersionRow::author, 110));
        table.getColumns().add(column("Action", VersionRow::action, 170));
        table.getColumns().add(column("Reason", VersionRow::reason, 220));
        table.getColumns().add(column("Bytes", r -> Long.toString(r.info().contentLength()), 70));
        table.getColumns().add(column("Deleted", r -> r.info().deleted() ? "yes" : "", 55));
        VersionIds.copyable(table);
        Button compare = button("Compare", "Two selected versions, or one with the value stored now", this::compare);
        compare.setId("versions-compare");
        compare.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button whole = button("Restore whole…", "Write the selected version back as a new version", () ->
                restore(List.of()));
        whole.setId("versions-restore-whole");
        whole.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button chosen = button("Restore chosen paths…", "Copy only the paths selected below from the version",
                () -> restore(paths.getSelectionModel().getSelectedItems().stream().map(CompareRow::path).toList()));
        chosen.setId("versions-restore-paths");
        chosen.disableProperty().bind(paths.getSelectionModel().selectedItemProperty().isNull());
        allPaths.setId("versions-all-paths");
        allPaths.setTooltip(new Tooltip("Show every path of both values, not only the "
                + "changed ones"));
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setId("versions-status");
        status.getStyleClass().add("bar");
        setTop(new ToolBar(compare, whole, chosen, dropUpdates, allPaths));
        setBottom(status);
        setCenter(body());
    }

    private SplitPane body() {
        paths.setId("versions-paths");
        paths.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        paths.setPlaceholder(new Label("Compare to see the changed paths side by side; select some to restore "
                + "only them"));
        var pathColumn = column("Path", CompareRow::path, 260);
        var older = column("Older", CompareRow::older, 300);
        var newer = column("Newer", CompareRow::newer, 300);
        paths.getColumns().add(pathColumn);
        paths.getColumns().add(older);
        paths.getColumns().add(newer);
        paths.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        paths.setRowFactory(t -> new CompareRowCell());
        TextArea left = text();
        TextArea right = text();
        Label leftTitle = new Label();
        Label rightTitle = new Label();
        Runnable fill = () -> {
            Comparison c = model.comparisonProperty().get();
            if (c != null) {
                paths.getItems().setAll(allPaths.isSelected() ? c.all() : c.changed());
            }
        };
        allPaths.selectedProperty().addListener((obs, was, on) -> fill.run());
        model.comparisonProperty().addListener((obs, old, c) -> {
            fill.run();
            left.setText(c.left());
            right.setText(c.right());
            older.setText(c.leftTitle());
            newer.setText(c.rightTitle());
            leftTitle.setText(c.leftTitle());
            rightTitle.setText(c.rightTitle() + " · " + c.changed().size() + " changed paths");
        });
        SplitPane texts = new SplitPane(new VBox(4, leftTitle, left), new VBox(4, rightTitle, right));
        Tab side = new Tab("Side by side", paths);
        Tab whole = new Tab("Whole values", texts);
        TabPane lower = new TabPane(side, whole);
        lower.setId("versions-compare-tabs");
        lower.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane all = new SplitPane(table, lower);
        all.setOrientation(Orientation.VERTICAL);
        all.setDividerPositions(0.4);
        return all;
    }

    private void compare() {
        List<VersionRow> picked = table.getSelectionModel().getSelectedItems();
        if (picked.size() >= 2) {
            VersionInfo a = picked.get(0).info();
            VersionInfo b = picked.get(1).info();
            boolean aOlder = a.created().isBefore(b.created());
            model.compare(aOlder ? a : b, aOlder ? b : a);
        } else {
            model.compare(picked.get(0).info(), null);
        }
    }

    private void restore(List<String> chosen) {
        VersionRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        model.preview(row.info(), chosen, dropUpdates.isSelected(), this::confirm);
    }

    /** Shows the preview; on confirmation (and, for a whole restore, the key typed again) writes it. */
    private void confirm(HistoryPlan plan) {
        String key = model.ref().key();
        String what = plan.paths().isEmpty() ? "the whole " + plan.source() : plan.paths().size()
                + " path(s) from " + plan.source();
        String message = "Restore " + what + " as a new version of " + key + "? Each row shows the value stored "
                + "now and the value it gets. Lock, load count and mailbox stay as stored now; a path someone "
                + "changes before you confirm is not overwritten.";
        ChangesDialog.show(getScene() == null ? null : getScene().getWindow(), "Restore " + key, message,
                "Restore", plan.changes().stream().map(ChangeRow::of).toList(), plan.problems(), "")
                .filter(r -> !plan.paths().isEmpty() || dialogs.confirmTyped("Restore " + key, "Restore " + what
                        + " as a new version of " + key + "? Type the key to confirm.", key))
                .ifPresent(r -> model.restore(plan, r, key, o -> { }));
    }

    private static TextArea text() {
        TextArea t = new TextArea();
        t.setEditable(false);
        t.getStyleClass().add("mono");
        return t;
    }
}
