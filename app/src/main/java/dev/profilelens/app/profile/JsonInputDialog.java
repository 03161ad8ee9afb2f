package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.dialog.ScreenFit;
import dev.profilelens.core.error.InspectorException;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * A small dialog for a JSON value (a table, a new item) and optionally a key name. What the user typed is checked
 * by {@code accept} when the button is pressed: a problem shows inline, naming what and where, and the dialog stays
 * open with the text as typed.
 */
final class JsonInputDialog {
    /** Checks and takes the input; throws an {@link InspectorException} to keep the dialog open. */
    interface Accept {
        void accept(String name, JsonNode value);
    }

    private JsonInputDialog() {
    }

    static boolean show(@Nullable Window owner, String title, String message, String where, @Nullable String name,
                        String json, String action, Accept accept) {
        Dialog<Boolean> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(message);
        TextField nameField = new TextField(name == null ? "" : name);
        nameField.setId("json-input-name");
        nameField.setPromptText("Key name");
        TextArea text = new TextArea(json);
        text.setId("json-input-text");
        text.getStyleClass().add("mono");
        text.setPrefRowCount(Math.min(16, Math.max(4, json.split("\n").length + 1)));
        Label error = new Label();
        error.setId("json-input-error");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        VBox box = new VBox(6);
        if (name != null) {
            box.getChildren().addAll(new Label("Key"), nameField);
        }
        box.getChildren().addAll(new Label("Value (JSON)"), text, error);
        box.setPrefWidth(560);
        d.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                accept.accept(nameField.getText().strip(), TypedValues.parse(TypedValues.Kind.JSON, text.getText(),
                        where));
            } catch (InspectorException ex) {
                error.setText(ex.userMessage());
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ok);
        if (owner != null && owner.getScene() != null) {
            d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        ScreenFit.fit(d, owner);
        return d.showAndWait().orElse(false);
    }
}
