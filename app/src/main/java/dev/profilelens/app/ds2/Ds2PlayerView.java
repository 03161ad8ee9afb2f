package dev.profilelens.app.ds2;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A DataStore2 player: summary and warnings on top (the #206 case with both values), the latest value, the
 * combined sub-keys as sections, an editor with the offline statement, and the backups as history on the right.
 */
public final class Ds2PlayerView extends VBox {
    private final Ds2PlayerViewModel model;
    private final Label summary = new Label();
    private final Label warnings = new Label();
    private final TextArea unindexed = area("ds2-unindexed", false);
    private final TextArea loaded = area("ds2-loaded", false);
    private final TextArea latest = area("ds2-latest", false);
    private final Accordion sections = new Accordion();
    private final Label reasons = new Label();
    private final ListView<Ds2PlayerViewModel.HistoryRow> history = new ListView<>();

    public Ds2PlayerView(Ds2PlayerViewModel model) {
        this.model = model;
        setSpacing(6);
        setPadding(new Insets(8));
        summary.setId("ds2-summary");
        summary.getStyleClass().add("section-title");
        warnings.setId("ds2-warnings");
        warnings.setWrapText(true);
        warnings.setMaxWidth(Double.MAX_VALUE);
        warnings.setMinHeight(Region.USE_PREF_SIZE);
        warnings.setStyle("-fx-text-fill: #b3261e; -fx-font-weight: bold;");
        warnings.managedProperty().bind(warnings.visibleProperty());
        VBox notLoaded = new VBox(2, new Label("Unindexed newest save (the game does NOT load it)"), unindexed);
        VBox isLoaded = new VBox(2, new Label("Latest indexed backup (what the game loads)"), loaded);
        HBox both = new HBox(8, notLoaded, isLoaded);
        HBox.setHgrow(notLoaded, Priority.ALWAYS);
        HBox.setHgrow(isLoaded, Priority.ALWAYS);
        TitledPane unindexedPane = new TitledPane("Both values", both);
        unindexedPane.setId("ds2-unindexed-pane");
        unindexedPane.setExpanded(true);
        unindexedPane.managedProperty().bind(unindexedPane.visibleProperty());
        unindexedPane.setVisible(false);
        unindexed.setPrefRowCount(7);
        unindexed.setMinHeight(130);
        loaded.setMinHeight(130);
        loaded.setPrefRowCount(7);
        sections.setId("ds2-sections");
        TabPane tabs = new TabPane(new Tab("Latest", latest), new Tab("Sections", sections), new Tab("Edit", editor()));
        tabs.setId("ds2-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(tabs, historyPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.64);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label status = new Label();
        status.setId("ds2-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        getChildren().addAll(summary, warnings, unindexedPane, split, status);
        model.snapshotProperty().addListener((o, a, s) -> {
            if (s == null) {
                return;
            }
            summary.setText(s.summary());
            warnings.setText(String.join("\n", s.warnings()));
            warnings.setVisible(!s.warnings().isEmpty());
            unindexedPane.setVisible(s.unindexedText() != null);
            unindexed.setText(s.unindexedText() == null ? "" : s.unindexedText());
            loaded.setText(s.unindexedText() == null ? "" : s.latestText());
            latest.setText(s.latestText());
            sections.getPanes().setAll(s.sections().stream().map(x -> {
                TitledPane p = new TitledPane(x.name(), area("ds2-section-" + x.name(), false));
                ((TextArea) p.getContent()).setText(x.text());
                return p;
            }).toList());
            if (!sections.getPanes().isEmpty()) {
                sections.setExpandedPane(sections.getPanes().get(0));
            }
            reasons.setText("Evidence: " + String.join(" · ", s.offlineReasons()));
        });
    }

    private VBox editor() {
        TextArea edit = area("ds2-edit", true);
        edit.textProperty().bindBidirectional(model.editTextProperty());
        VBox.setVgrow(edit, Priority.ALWAYS);
        CheckBox offline = new CheckBox("The player is offline: I checked (DataStore2 has no session lock; a server "
                + "that has the player overwrites this when they leave)");
        offline.setId("ds2-offline");
        offline.setWrapText(true);
        offline.selectedProperty().bindBidirectional(model.offlineProperty());
        reasons.setId("ds2-reasons");
        reasons.setWrapText(true);
        reasons.getStyleClass().add("muted");
        Button save = new Button("Save as newest backup…");
        save.setId("ds2-save");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        VBox box = new VBox(6, edit, reasons, offline, save);
        box.setPadding(new Insets(6));
        return box;
    }

    private VBox historyPane() {
        history.setId("ds2-history");
        history.setItems(model.history());
        history.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Ds2PlayerViewModel.HistoryRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : "backup " + r.n() + "   " + (r.saved() == null ? "(missing)"
                        : r.saved() + "   " + r.sizeBytes() + " B"));
                if (!empty && r != null && getIndex() >= model.history().size() - 3) {
                    model.loadMoreHistory();
                }
            }
        });
        history.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                model.showBackup(r.n());
            }
        });
        TextArea backup = area("ds2-backup", false);
        backup.textProperty().bind(model.backupTextProperty());
        backup.setPrefRowCount(8);
        Button use = new Button("Restore: use as edit");
        use.setId("ds2-use-backup");
        use.setOnAction(e -> model.useBackupAsEdit());
        Label title = new Label("BACKUPS (newest first)");
        title.getStyleClass().add("section-title");
        VBox.setVgrow(history, Priority.ALWAYS);
        VBox box = new VBox(6, title, history, backup, new HBox(use));
        box.setPadding(new Insets(6));
        return box;
    }

    private static TextArea area(String id, boolean editable) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setEditable(editable);
        a.setStyle("-fx-font-family: monospace;");
        return a;
    }

    public Ds2PlayerViewModel model() {
        return model;
    }
}
