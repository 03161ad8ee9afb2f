package dev.profilelens.app.ordered;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The leaderboard window's content: store, top N and value range, the table, and fix / remove. */
public final class LeaderboardView extends VBox {
    private final LeaderboardViewModel model;
    private final TableView<LeaderboardViewModel.Row> table = new TableView<>();

    public LeaderboardView(LeaderboardViewModel model) {
        this.model = model;
        setSpacing(8);
        setPadding(new Insets(10));
        TextField store = field("leaderboard-store", 14, model.storeProperty());
        TextField scope = field("leaderboard-scope", 6, model.scopeProperty());
        TextField top = field("leaderboard-top", 4, model.topProperty());
        TextField min = field("leaderboard-min", 7, model.minProperty());
        min.setPromptText("any");
        TextField max = field("leaderboard-max", 7, model.maxProperty());
        max.setPromptText("any");
        Button load = new Button("Show");
        load.setId("leaderboard-load");
        load.setDefaultButton(true);
        load.setOnAction(e -> model.load());
        HBox query = new HBox(6, label("Ordered store"), store, label("Scope"), scope, label("Top"), top);
        query.setAlignment(Pos.CENTER_LEFT);
        HBox range = new HBox(6, label("Value from"), min, label("to"), max, load);
        range.setAlignment(Pos.CENTER_LEFT);
        table.setId("leaderboard-table");
        table.getColumns().add(column("#", 50, r -> r.rank()));
        table.getColumns().add(column("Key", 240, r -> r.key()));
        table.getColumns().add(column("Value", 160, r -> r.value()));
        table.setItems(model.rows());
        table.setPlaceholder(new Label("Nothing shown yet: choose a store and press Show."));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button fix = new Button("Fix value…");
        fix.setId("leaderboard-fix");
        Button remove = new Button("Remove entry…");
        remove.setId("leaderboard-remove");
        fix.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()));
        remove.disableProperty().bind(fix.disableProperty());
        fix.setOnAction(e -> model.fix(table.getSelectionModel().getSelectedItem()));
        remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedItem()));
        Label status = new Label();
        status.setId("leaderboard-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.statusProperty());
        HBox actions = new HBox(6, fix, remove, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(query, range, table, actions);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id, int columns, StringProperty bound) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(bound);
        return f;
    }

    private static <T> TableColumn<LeaderboardViewModel.Row, T> column(String title, double width,
                                                                    Function<LeaderboardViewModel.Row,
                                                                            T> value) {
        TableColumn<LeaderboardViewModel.Row, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    public TableView<LeaderboardViewModel.Row> table() {
        return table;
    }

    public LeaderboardViewModel model() {
        return model;
    }
}
