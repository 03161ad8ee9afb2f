package dev.profilelens.app.watch;

import static dev.profilelens.app.widgets.Controls.column;

import dev.profilelens.app.budget.BudgetWaitLabel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Watched keys with their lock state, the selected key's timeline, budget use and release notices. */
public final class WatchView extends BorderPane {
    private final WatchViewModel model;
    private final TextField store = new TextField("PlayerData");
    private final TextField key = new TextField();
    private final Timeline stats;

    public WatchView(WatchViewModel model) {
        this.model = model;
        setId("watch-panel");
        store.setPrefColumnCount(10);
        key.setId("watch-key");
        key.setPromptText("Key, or prefix* for every key under it");
        HBox.setHgrow(key, Priority.ALWAYS);
        Button add = new Button("Watch");
        add.setId("watch-add");
        add.setTooltip(new Tooltip("Add the key (or prefix*) to the watch (Enter)"));
        add.setOnAction(e -> addTyped());
        key.setOnAction(e -> addTyped());
        TableView<WatchRow> table = new TableView<>(model.rows());
        table.setId("watch-table");
        table.getColumns().add(column("Key", r -> r.ref().key(), 160));
        table.getColumns().add(column("State", WatchRow::state, 70));
        table.getColumns().add(column("Owner (place / job)", WatchRow::owner, 300));
        table.getColumns().add(column("Loads", WatchRow::loadCount, 60));
        table.getColumns().add(column("Last event", WatchRow::lastEvent, 150));
        table.getColumns().add(column("At", WatchRow::at, 80));
        table.setPlaceholder(new Label("Add a key or a prefix* to watch its lock"));
        Button remove = new Button("Stop watching");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedItem()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                model.select(row == null ? null : row.ref()));
        ListView<String> events = new ListView<>(model.timeline());
        events.setId("watch-timeline");
        events.setPlaceholder(new Label("Select a key to see its lock events"));
        SplitPane split = new SplitPane(table, events);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setTop(new ToolBar(new Label("Store"), store, key, add, remove));
        setCenter(split);
        Label budget = new Label();
        budget.setId("watch-budget");
        budget.getStyleClass().add("muted");
        budget.textProperty().bind(model.budgetProperty());
        Label notice = new Label();
        notice.setId("watch-notice");
        notice.textProperty().bind(model.noticeProperty());
        notice.getStyleClass().add("notice");
        VBox bottom = new VBox(2, notice, budget,
                new BudgetWaitLabel("watch-waiting", model::requestBudget));
        bottom.getStyleClass().add("bar");
        setBottom(bottom);
        stats = new Timeline(new KeyFrame(Duration.seconds(2), e -> model.refreshBudget()));
        stats.setCycleCount(Timeline.INDEFINITE);
        stats.play();
    }

    /** Adds a key to the watch (from the profile view's Watch button). */
    public void watch(String storeName, String keyName) {
        model.add(storeName, keyName);
    }

    public void stop() {
        stats.stop();
        model.close();
    }

    private void addTyped() {
        model.add(store.getText().strip(), key.getText());
        key.clear();
    }

}
