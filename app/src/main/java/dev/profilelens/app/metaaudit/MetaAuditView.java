package dev.profilelens.app.metaaudit;

import static dev.profilelens.app.widgets.Controls.button;

import dev.profilelens.app.budget.BudgetWaitLabel;
import dev.profilelens.app.widgets.Controls;
import dev.profilelens.core.audit.index.GroupCount;
import dev.profilelens.core.audit.index.IndexRow;
import dev.profilelens.core.store.EntryRef;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * MetaTag audit: what to scan (store, prefix, paths), the scan's progress with cancel, then a table of profiles
 * × paths filtered by expressions ({@code /MetaData/MetaTags/DataVersion=1}, {@code =1..3}, {@code !PATH}), a bar
 * chart of value counts for one path, and CSV export.
 */
public final class MetaAuditView extends BorderPane {
    /** Where the audit leads: open a row's profile, start a bulk edit on the filtered set. */
    public record Actions(Consumer<EntryRef> openProfile, BulkStarter bulk) {
    }

    /** Opens the bulk window on a store, prefix and filter expressions (comma separated). */
    @FunctionalInterface
    public interface BulkStarter {
        void start(String store, String prefix, String where);
    }

    private final MetaAuditViewModel model;
    private final Actions actions;
    private final TextField store = new TextField("PlayerData");
    private final TextField prefix = new TextField();
    private final TextField paths = new TextField();
    private final TextField filters = new TextField();
    private final ComboBox<String> groupBy = new ComboBox<>();
    private final TableView<IndexRow> table = new TableView<>();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());

    public MetaAuditView(MetaAuditViewModel model, Actions actions) {
        this.model = model;
        this.actions = actions;
        setId("meta-audit");
        store.setTooltip(new Tooltip("A store name, or ds2:MASTER for the DataStore2 players of MASTER (each "
                + "player's latest value; the prefix then filters UserIds)"));
        prefix.setPromptText("Key prefix (all keys when empty)");
        paths.setPromptText("Paths, comma separated (default: every MetaTag)");
        paths.setPrefColumnCount(24);
        Button scan = button("Scan", "Index the store; a stopped scan resumes", () -> model.scan(store.getText()
                .strip(), prefix.getText().strip(), split(paths.getText())));
        scan.setId("meta-scan");
        scan.disableProperty().bind(model.runningProperty());
        Button cancel = button("Cancel", "Stop the scan (Scan again resumes it)", model::cancel);
        cancel.disableProperty().bind(model.runningProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        filters.setId("meta-filters");
        filters.setPromptText("Filters, comma separated: DataVersion=1 (a MetaTag), /Data/Coins=0..10, "
                + "ProfilePurchaseIds[]=a1b2 (array contains), !PATH (Enter applies; click a bar to add it)");
        HBox.setHgrow(filters, Priority.ALWAYS);
        filters.setOnAction(e -> query());
        groupBy.setId("meta-group-by");
        groupBy.setPromptText("Count values of…");
        groupBy.setOnAction(e -> query());
        Button export = button("Export CSV…", "Write every matching profile as CSV", this::export);
        Button bulk = button("Bulk edit…", "Edit the profiles matching these filters (dry run first)",
                () -> actions.bulk().start(store.getText().strip(), prefix.getText().strip(), filters.getText()));
        bulk.setId("meta-bulk");
        Label status = new Label();
        status.setId("meta-status");
        status.textProperty().bind(model.statusProperty());
        VBox top = new VBox(new ToolBar(new Label("Store"), store, prefix, paths, scan, cancel, bar),
                new ToolBar(filters, groupBy, export, bulk));
        setTop(top);
        table.setId("meta-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label("Scan a store to audit its MetaTags"));
        table.setRowFactory(t -> {
            TableRow<IndexRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.openProfile().accept(row.getItem().ref());
                }
            });
            return row;
        });
        model.columns().addListener((ListChangeListener<String>) c -> columns());
        chart.setId("meta-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        model.groups().addListener((ListChangeListener<GroupCount>) c -> bars());
        SplitPane center = new SplitPane(table, chart);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.6);
        setCenter(center);
        setBottom(new VBox(status, new BudgetWaitLabel("meta-waiting", model::budget)));
        setPrefSize(1100, 700);
    }

    private void query() {
        model.query(split(filters.getText()), groupBy.getValue());
    }

    private void columns() {
        table.getColumns().clear();
        table.getColumns().add(Controls.<IndexRow>column("Key", r -> r.ref().key(), 140));
        for (int i = 0; i < model.columns().size(); i++) {
            int at = i;
            String path = model.columns().get(i);
            table.getColumns().add(Controls.<IndexRow>column(path.replace("/MetaData/MetaTags/", ""), r -> {
                String v = at < r.values().size() ? r.values().get(at) : null;
                return v == null ? "—" : v;
            }, 140));
        }
        if (!groupBy.getItems().equals(model.columns())) {
            groupBy.getItems().setAll(model.columns());
        }
    }

    private void bars() {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        String path = groupBy.getValue() != null ? groupBy.getValue()
                : model.columns().isEmpty() ? null : model.columns().get(0);
        for (GroupCount g : model.groups()) {
            XYChart.Data<String, Number> d = new XYChart.Data<>((g.value() == null ? "(missing)" : g.value())
                    + " · " + g.count(), g.count());
            d.nodeProperty().addListener((o, a, node) -> {
                if (node != null && path != null) {
                    Tooltip.install(node, new Tooltip(g.count() + " profiles — click to filter"));
                    node.setOnMouseClicked(e -> addFilter(g.value() == null ? "!" + path : path + "=" + g.value()));
                }
            });
            s.getData().add(d);
        }
        chart.getData().setAll(List.of(s));
    }

    /** Adds a filter (from a clicked bar) and runs the query. */
    void addFilter(String expr) {
        String now = filters.getText().strip();
        if (!split(now).contains(expr)) {
            filters.setText(now.isEmpty() ? expr : now + ", " + expr);
        }
        query();
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("metatag-audit.csv");
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            model.exportCsv(split(filters.getText()), f.toPath());
        }
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }


}
