package dev.profilelens.app.auditlog;

import static dev.profilelens.app.widgets.Controls.button;
import static dev.profilelens.app.widgets.Controls.column;

import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.history.ChangeRow;
import dev.profilelens.app.history.ChangesDialog;
import dev.profilelens.core.audit.AuditEntry;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

/**
 * Every write made through ProfileLens: a filterable table with actions named as they were, the selected write's
 * changes (old → new per intent) and patch, export, and revert with a preview of what it will change.
 */
public final class AuditLogView extends BorderPane {
    private static final String NOTHING_SELECTED = "Select a write to see what it changed (old → new).";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final AuditLogViewModel model;
    private final DialogService dialogs;
    private final TableView<AuditEntry> table = new TableView<>();
    private final TextArea patch = new TextArea();
    private final TableView<ChangeRow> changes = new TableView<>();

    public AuditLogView(AuditLogViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        TextField filter = new TextField();
        filter.setId("audit-filter");
        filter.setPromptText("Filter by key, author, connection, action, reason, batch or status");
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button refresh = button("Refresh", "Read the log again", model::load);
        Button csv = button("Export CSV…", "Save the writes shown as CSV", () -> export("csv"));
        Button json = button("Export JSON…", "Save the writes shown as JSON", () -> export("json"));
        Button revert = button("Revert…", "Undo the selected write through the save pipeline", this::revert);
        revert.setId("audit-revert");
        revert.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.SOMETIMES);
        setTop(new ToolBar(filter, refresh, csv, json, revert, grow));
        status.getStyleClass().add("bar");
        setBottom(status);
        table.setId("audit-table");
        table.setItems(model.entries());
        table.getColumns().add(column("Time", e -> LOCAL.format(e.time()), 168));
        table.getColumns().add(column("Author", e -> e.displayName().isEmpty() ? e.user()
                : e.displayName() + " (" + e.user() + ")", 130));
        table.getColumns().add(column("Status", e -> e.status().label(), 90));
        table.getColumns().add(column("Connection", AuditEntry::connection, 110));
        table.getColumns().add(column("Store", AuditEntry::store, 110));
        table.getColumns().add(column("Key", AuditEntry::key, 140));
        table.getColumns().add(column("Action", ActionNames::of, 170));
        table.getColumns().add(column("Reason", AuditEntry::reason, 220));
        table.getColumns().add(column("Version after", AuditEntry::versionAfter, 200));
        table.setPlaceholder(new Label("No writes recorded yet"));
        patch.setEditable(false);
        patch.setId("audit-patch");
        patch.getStyleClass().add("mono");
        changes.setId("audit-changes");
        changes.getColumns().add(column("Path", ChangeRow::path, 240));
        changes.getColumns().add(column("Change", ChangeRow::intent, 180));
        changes.getColumns().add(column("Old", ChangeRow::before, 220));
        changes.getColumns().add(column("New", ChangeRow::after, 220));
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label(NOTHING_SELECTED);
        none.setWrapText(true);
        none.setStyle("-fx-padding: 12;");
        changes.setPlaceholder(none);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> {
            patch.setText(e == null ? "" : e.patch().toPrettyString());
            changes.getItems().setAll(e == null ? List.of()
                    : e.changes().stream().map(ChangeRow::of).toList());
            none.setText(e == null ? NOTHING_SELECTED : "This " + ActionNames.of(e) + " recorded no old → new values"
                    + (ActionNames.isDelivery(e.action())
                    ? ": the game applies a delivery to its own value when it takes it." : ".")
                    + " What it wrote is in the Patch tab.");
        });
        TabPane detail = new TabPane(new Tab("Changes (old → new)", changes), new Tab("Patch", patch));
        detail.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setCenter(split);
        setPrefSize(1100, 600);
    }

    private void export(String kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the audit log");
        chooser.setInitialFileName("profilelens-audit." + kind);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.toUpperCase(), "*." + kind));
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            model.export(f.toPath());
        }
    }

    private void revert() {
        AuditEntry e = table.getSelectionModel().getSelectedItem();
        if (e == null) {
            return;
        }
        model.previewRevert(e, plan -> ChangesDialog.show(getScene() == null ? null : getScene().getWindow(),
                "Revert " + e.key(), "Undo this " + ActionNames.of(e) + " of " + e.key() + " (" + e.reason()
                        + ")? Each row shows the value stored now and the value it goes back to; changes made "
                        + "since by others to other paths are kept.", "Revert",
                plan.changes().stream().map(ChangeRow::of).toList(), plan.problems(), "revert: " + e.reason())
                .ifPresent(r -> model.revert(plan, e.connection(), r)));
    }
}
