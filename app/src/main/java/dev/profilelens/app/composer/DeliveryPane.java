package dev.profilelens.app.composer;

import static dev.profilelens.app.widgets.Controls.button;
import static dev.profilelens.app.widgets.Controls.shownWhenSet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.editor.SaveDialog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The composer pre-filled from an edit: the edit's intents, the store's delivery template (editable, kept per store
 * when sent), the updates it makes (or which intent it cannot express), Deliver, and the delivery's state.
 */
final class DeliveryPane extends VBox {
    private final DeliveryViewModel model;
    private final TextArea template = new TextArea();
    private final TextArea preview = new TextArea();
    private final Label problem = new Label();

    DeliveryPane(DeliveryViewModel model, DialogService dialogs) {
        super(6);
        this.model = model;
        setId("delivery");
        setStyle("-fx-padding: 8;");
        // the intents alone: the game applies them to the profile as it is when it takes the update, not as read here
        Label intents = new Label("Deliver this edit of " + model.ref().key() + ":\n" + String.join("\n",
                model.pending().stream().map(c -> "  " + c.intent().summary()).toList())
                + "\n(applied to the game's value when it takes the update)");
        intents.setId("delivery-intents");
        intents.setMinHeight(Region.USE_PREF_SIZE); // every line of the edit shows; the template area gives way
        template.setId("delivery-template");
        template.setPrefRowCount(8);
        template.setStyle("-fx-font-family: monospace;");
        template.textProperty().addListener((o, a, t) -> render());
        preview.setId("delivery-preview");
        preview.setEditable(false);
        preview.setPrefRowCount(4);
        preview.setStyle("-fx-font-family: monospace;");
        problem.setId("delivery-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("explain-danger");
        shownWhenSet(problem);
        Button send = button("Deliver", "Send these updates; the live server applies them and clears them", () ->
                parsed().ifPresent(t -> new SaveDialog(getScene() == null ? null : getScene().getWindow(),
                        "Deliver to " + model.ref().key(), List.of(new SaveDialog.Group(model.ref().key(),
                        model.pending()))).delivered().reason(model.givenReason()).ask().ifPresent(r -> model.send(t, r,
                        e -> dialogs.showError("Not delivered — your edit is kept", e)))));
        send.setId("delivery-send");
        send.getStyleClass().add("accent"); // the theme's primary button: the pane's one action
        send.disableProperty().bind(problem.textProperty().isNotEmpty());
        Label status = new Label();
        status.setId("delivery-status");
        status.textProperty().bind(model.statusProperty());
        Label about = new Label("Delivery template for " + model.ref().store()
                + " (kept in settings; describe how your game's handler expects the update)");
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().setAll(intents, about, template,
                new Label("Updates it makes"), preview, problem, send, status);
        model.loadTemplate(t -> template.setText(RobloxJson.pretty(t)));
    }

    private void render() {
        Optional<JsonNode> t = parsed();
        if (t.isEmpty()) {
            return;
        }
        try {
            preview.setText(String.join("\n", model.render(t.get()).stream().map(RobloxJson::writeString).toList()));
            problem.setText("");
        } catch (InvalidInputException e) {
            preview.setText("");
            problem.setText(e.userMessage() + (e.path() == null || e.path().isEmpty() ? "" : " (at " + e.path()
                    + ")"));
        }
    }

    private Optional<JsonNode> parsed() {
        try {
            JsonNode t = RobloxJson.parse(template.getText());
            return Optional.of(t);
        } catch (InvalidInputException e) {
            problem.setText("The template is not JSON: " + e.userMessage());
            return Optional.empty();
        }
    }
}
