package dev.profilelens.app.bulk;

import static dev.profilelens.app.widgets.Controls.button;

import dev.profilelens.app.widgets.Controls;
import dev.profilelens.core.bulk.BulkOptions;
import dev.profilelens.core.bulk.KeyPlan;
import dev.profilelens.core.codec.RobloxJson;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Bulk edit: the set (store, prefix, audit filters, or a pasted list of keys / UserIds), the intents (one a line)
 * or a jq expression, reason, batch name and what to do with live profiles (skip, wait until released, or deliver
 * through the store's update template); Dry run fills the table with each key's
 * plan and patch and the counts; Run writes with progress (rate, ETA) and Cancel; Revert undoes a batch.
 */
public final class BulkView extends BorderPane {
    private final BulkViewModel model;
    private final TextField store = field("bulk-store", "Store, e.g. PlayerData");
    private final TextField prefix = field("bulk-prefix", "Key prefix (every key when empty)");
    private final TextField where = field("bulk-where", "Filters, comma separated: DataVersion=1, /Data/Coins=0..10, "
            + "ProfilePurchaseIds[]=a1b2, !PATH");
    private final TextArea pasted = area("bulk-keys", "Or paste keys / UserIds, one per line", 3);
    private final TextField keyTemplate = field("bulk-key-template", "UserId → key, e.g. Player_{id}");
    private final TextArea intents = area("bulk-intents", "One intent a line: tag DataVersion=2, add /Data/Coins=500, "
            + "set PATH=JSON, append PATH=JSON, remove PATH, untag NAME", 3);
    private final TextField jq = field("bulk-jq", "Or a jq expression, e.g. .Data.Coins += 500");
    private final TextField reason = field("bulk-reason", "Reason (audit log)");
    private final TextField batch = field("bulk-batch", "Batch name");
    private final ChoiceBox<String> live = new ChoiceBox<>();
    private final TextField revertBatch = field("bulk-revert-batch", "Batch to revert");

    public BulkView(BulkViewModel model, String initialStore, String initialPrefix, String initialWhere) {
        this.model = model;
        setId("bulk");
        store.setText(initialStore);
        prefix.setText(initialPrefix);
        where.setText(initialWhere);
        batch.setText("bulk-" + System.currentTimeMillis() / 1000);
        live.setId("bulk-live");
        live.getItems().setAll("skip", "wait", "deliver");
        live.setValue("skip");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label("Store"), store, new Label("Prefix"), prefix);
        form.addRow(1, new Label("Where"), where, new Label("Key template"), keyTemplate);
        form.addRow(2, new Label("Keys"), pasted, new Label("Intents"), intents);
        form.addRow(3, new Label("jq"), jq, new Label("Reason"), reason);
        form.addRow(4, new Label("Batch"), batch, new Label("Live profiles"), live);
        GridPane.setHgrow(where, Priority.ALWAYS);
        GridPane.setHgrow(intents, Priority.ALWAYS);
        Button dry = button("Dry run", "Plan every key; nothing is written", () -> model.dryRun(request()));
        dry.setId("bulk-dry-run");
        Button run = button("Run", "Write every change (the same batch name again resumes it)",
                () -> model.run(request()));
        run.setId("bulk-run");
        Button cancel = button("Cancel", "Stop after the key in flight (run the batch again to resume)",
                model::cancel);
        cancel.setId("bulk-cancel");
        dry.disableProperty().bind(model.runningProperty());
        run.disableProperty().bind(model.runningProperty());
        cancel.disableProperty().bind(model.runningProperty().not());
        model.lastBatchProperty().addListener((o, a, b) -> revertBatch.setText(b));
        Button revert = button("Revert batch", "Set every path the batch wrote back, where it still holds the "
                + "batch's value", () -> model.revert(revertBatch.getText().strip(), reasonText()));
        revert.setId("bulk-revert");
        revert.disableProperty().bind(model.runningProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        setTop(new VBox(form, new ToolBar(dry, run, cancel, bar, revertBatch, revert)));
        setCenter(table());
        Label status = new Label();
        status.setId("bulk-status");
        status.textProperty().bind(model.statusProperty());
        Label counts = new Label();
        counts.setId("bulk-counts");
        counts.textProperty().bind(model.countsProperty());
        counts.setStyle("-fx-font-weight: bold");
        HBox bottom = new HBox(16, counts, status);
        bottom.setPadding(new Insets(6));
        setBottom(bottom);
        setPrefSize(1100, 720);
    }

    private TableView<KeyPlan> table() {
        TableView<KeyPlan> t = new TableView<>(model.rows());
        t.setId("bulk-table");
        t.setPlaceholder(new Label("Dry run to see what each key would get"));
        t.getColumns().add(Controls.<KeyPlan>column("Key", p -> p.ref().key(), 160));
        t.getColumns().add(Controls.<KeyPlan>column("Plan", p -> p.plan().jsonName(), 80));
        t.getColumns().add(Controls.<KeyPlan>column("Patch", p -> abbreviate(RobloxJson.writeString(p.patch())),
                420));
        t.getColumns().add(Controls.<KeyPlan>column("Message", KeyPlan::message, 400));
        return t;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 297) + "…" : s;
    }

    private String reasonText() {
        return reason.getText().isBlank() ? "" : reason.getText().strip();
    }

    private BulkRequest request() {
        return new BulkRequest(store.getText(), prefix.getText(), where.getText(), pasted.getText(),
                keyTemplate.getText(), intents.getText(), jq.getText(), reasonText(), batch.getText().strip(),
                BulkOptions.Live.parse(live.getValue()));
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(28);
        return f;
    }

    private static TextArea area(String id, String prompt, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPromptText(prompt);
        a.setPrefRowCount(rows);
        a.setPrefColumnCount(28);
        return a;
    }
}
