package dev.profilelens.app.composer;

import static dev.profilelens.app.widgets.Controls.button;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/** The mailbox of a profile and a JSON editor to queue, change or clear updates (or post messages). */
public final class ComposerView extends BorderPane {
    private final ComposerViewModel model;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final TextArea data = new TextArea("{\"Type\": \"AdminGift\", \"Coins\": 100}");
    private final Label problem = new Label();
    private final ListView<ComposerViewModel.QueueRow> queue;
    private final VBox right = new VBox(4);
    private @Nullable DeliveryViewModel delivery;

    public ComposerView(ComposerViewModel model, DialogService dialogs, TaskExecutor tasks, Templates templates,
                        String store) {
        this.model = model;
        this.dialogs = dialogs;
        this.tasks = tasks;
        setId("composer");
        queue = new ListView<>(model.queue());
        queue.setId("composer-queue");
        queue.setPlaceholder(new Label("The mailbox is empty"));
        queue.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(ComposerViewModel.QueueRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : "#" + r.id() + "  " + r.state() + (r.state().equals("message")
                        ? "" : "  v" + r.version()) + "  " + r.data());
            }
        });
        data.setId("composer-data");
        data.setStyle("-fx-font-family: monospace;");
        data.textProperty().addListener((obs, old, t) -> check());
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        Button send = button("Queue", "Add an active global update (ProfileService) or post a message (ProfileStore)",
                () -> parsed().ifPresent(d -> reason("Queue for " + model.ref().key()).ifPresent(r -> model.send(d,
                        r))));
        send.setId("composer-send");
        send.disableProperty().bind(problem.textProperty().isNotEmpty());
        Button change = button("Change selected", "Replace the data of the selected active update", () -> {
            ComposerViewModel.QueueRow row = queue.getSelectionModel().getSelectedItem();
            parsed().ifPresent(d -> reason("Change update #" + row.id()).ifPresent(r -> model.change(row.id(), d,
                    r)));
        });
        Button clear = button("Clear selected", "Remove the selected active update before a server takes it", () -> {
            ComposerViewModel.QueueRow row = queue.getSelectionModel().getSelectedItem();
            reason("Clear update #" + row.id()).ifPresent(r -> model.clear(row.id(), r));
        });
        change.disableProperty().bind(queue.getSelectionModel().selectedItemProperty().isNull());
        clear.disableProperty().bind(queue.getSelectionModel().selectedItemProperty().isNull());
        Button refresh = button("Refresh", "Read the mailbox again", model::refresh);
        ComboBox<String> names = new ComboBox<>();
        names.setId("composer-templates");
        names.setPromptText("Templates");
        String universe = model.universe();
        names.setOnAction(e -> {
            String n = names.getValue();
            if (n != null) {
                tasks.execute(BackgroundTask.of("Read template", () -> templates.get(universe, store, n))
                        .onSuccess(t -> data.setText(RobloxJson.pretty(t)))
                        .onFailure(ex -> dialogs.showError("Could not read the template " + n, ex)));
            }
        });
        Button saveTemplate = button("Save as template…", "Keep this data as a template for " + store, () ->
                parsed().ifPresent(d -> dialogs.ask("Save template", "Name of the template for " + store, "")
                        .ifPresent(n -> tasks.execute(BackgroundTask.of("Save template", () -> {
                            templates.put(universe, store, n, d);
                            return templates.names(universe, store);
                        }).onSuccess(list -> names.getItems().setAll(list))
                                .onFailure(ex -> dialogs.showError("The template " + n + " was not saved — your "
                                        + "data is kept", ex))))));
        saveTemplate.setId("composer-save-template");
        tasks.execute(BackgroundTask.of("Read templates", () -> new Listed(templates.names(universe, store),
                templates.where())).onSuccess(l -> {
                    names.getItems().setAll(l.names());
                    names.setTooltip(new Tooltip("Templates for " + store + ", kept in " + l.where()));
                }).onFailure(ex -> dialogs.showError("Could not read the templates of " + store, ex)));
        Label status = new Label();
        status.setId("composer-status");
        status.textProperty().bind(model.statusProperty());
        setTop(new ToolBar(send, change, clear, refresh, names, saveTemplate));
        right.getChildren().setAll(new Label("Data (a table, as JSON)"), data, problem);
        SplitPane split = new SplitPane(queue, right);
        setCenter(split);
        setBottom(status);
        check();
    }

    private record Listed(List<String> names, String where) {
    }

    /** Pre-fills the composer from an edit (Deliver in the editor): the delivery pane above the free-form data. */
    public void deliver(DeliveryViewModel m) {
        if (delivery != null) {
            delivery.close();
        }
        delivery = m;
        DeliveryPane pane = new DeliveryPane(m, dialogs);
        m.statusProperty().addListener((o, a, t) -> model.refresh());
        if (right.getChildren().get(0) instanceof DeliveryPane) {
            right.getChildren().set(0, pane);
        } else {
            right.getChildren().add(0, pane);
        }
    }

    /** Stops following a delivery (the tab closes). */
    public void close() {
        if (delivery != null) {
            delivery.close();
        }
    }

    /** Checks the typed data off the FX thread; the answer is shown only while the text is still the one checked. */
    private void check() {
        String text = data.getText();
        tasks.execute(BackgroundTask.of("Check update data", () -> problemOf(text)).onSuccess(p -> {
            if (data.getText().equals(text)) {
                problem.setText(p);
            }
        }));
    }

    private Optional<JsonNode> parsed() {
        try {
            JsonNode d = parse(data.getText());
            problem.setText("");
            return Optional.of(d);
        } catch (InvalidInputException e) {
            problem.setText(message(e));
            return Optional.empty();
        }
    }

    private static String problemOf(String text) {
        try {
            parse(text);
            return "";
        } catch (InvalidInputException e) {
            return message(e);
        }
    }

    private static JsonNode parse(String text) {
        JsonNode d = RobloxJson.parse(text);
        if (!d.isContainerNode()) {
            throw new InvalidInputException("The data must be a table ({} or [])", "/");
        }
        RobloxJson.write(d);
        return d;
    }

    private static String message(InvalidInputException e) {
        String path = e.path();
        return e.userMessage() + (path == null || path.isEmpty() ? "" : " (at " + path + ")");
    }

    private Optional<String> reason(String title) {
        return dialogs.ask(title, "Why? (recorded in the audit log)", "").filter(r -> !r.isBlank());
    }
}
