package dev.profilelens.app.mirror;

import java.io.File;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * File → Mirror to local…: stores (empty: all), key prefix, versions, the target file, Start, progress, Cancel; Close
 * (Escape) once no copy is running.
 */
public final class MirrorView extends VBox {
    private final MirrorViewModel model;
    private final TextField stores = new TextField();
    private final TextField prefix = new TextField();
    private final CheckBox versions = new CheckBox("Every version, not only the current value");
    private final TextField target = new TextField();
    private final Button browse = new Button("Choose…");
    private final Button start = new Button("Start");
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button("Cancel");
    private final Button close = new Button("Close");
    private final Label status = new Label();

    public MirrorView(MirrorViewModel model) {
        this.model = model;
        createView();
        bind();
    }

    private void createView() {
        stores.setId("mirror-stores");
        stores.setPromptText("all stores (or names, comma-separated)");
        prefix.setId("mirror-prefix");
        prefix.setPromptText("every key (or a key prefix)");
        versions.setId("mirror-versions");
        target.setId("mirror-target");
        target.setPromptText("copy.db");
        HBox.setHgrow(target, Priority.ALWAYS);
        start.setId("mirror-start");
        start.setDefaultButton(true);
        progress.setId("mirror-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        cancel.setId("mirror-cancel");
        close.setId("mirror-close");
        close.setCancelButton(true); // Escape
        status.setId("mirror-status");
        status.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Stores"), stores);
        form.addRow(1, new Label("Key prefix"), prefix);
        form.addRow(2, new Label(""), versions);
        form.addRow(3, new Label("Copy into"), new HBox(6, target, browse));
        GridPane.setHgrow(stores, Priority.ALWAYS);
        setSpacing(10);
        setStyle("-fx-padding: 12;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().setAll(form, new HBox(6, start, gap, close), new HBox(6, progress, cancel), status);
    }

    private void bind() {
        stores.textProperty().bindBidirectional(model.storesProperty());
        prefix.textProperty().bindBidirectional(model.prefixProperty());
        versions.selectedProperty().bindBidirectional(model.versionsProperty());
        target.textProperty().bindBidirectional(model.targetProperty());
        status.textProperty().bind(model.statusProperty());
        progress.progressProperty().bind(model.progressProperty());
        start.disableProperty().bind(model.runningProperty());
        cancel.disableProperty().bind(model.runningProperty().not());
        browse.disableProperty().bind(model.runningProperty());
        start.setOnAction(e -> model.start());
        cancel.setOnAction(e -> model.cancel());
        // while copying, Cancel stops the copy first (a closed window would leave it running out of sight)
        close.disableProperty().bind(model.runningProperty());
        close.setOnAction(e -> getScene().getWindow().hide());
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Copy into");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ProfileLens store", "*.db"));
            File f = chooser.showSaveDialog(getScene().getWindow());
            if (f != null) {
                model.targetProperty().set(f.getAbsolutePath());
            }
        });
    }
}
