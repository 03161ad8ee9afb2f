package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * The typed editor of an in-place edit, shared by the Data tree and the MetaTags table: a text field for numbers,
 * strings and JSON, a true/false choice for booleans. Enter hands the text to {@code commit}, Esc to
 * {@code cancel}; a refused value stays in the field, which is marked and names why in its tooltip.
 */
final class TypedEditor {
    private final Control control;
    private final TypedValues.Kind kind;

    TypedEditor(JsonNode value, String id, Consumer<String> commit, Runnable cancel) {
        kind = TypedValues.of(value);
        if (kind == TypedValues.Kind.BOOLEAN) {
            ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList("true", "false"));
            box.setValue(value.asText());
            box.setOnAction(e -> commit.accept(box.getValue()));
            control = box;
        } else {
            TextField field = new TextField(TypedValues.text(value));
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    commit.accept(field.getText());
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    cancel.run();
                    e.consume();
                }
            });
            control = field;
        }
        control.setId(id);
        control.setTooltip(new Tooltip("Edit the " + kind.name().toLowerCase(Locale.ROOT)
                + "; Enter keeps it as a pending change, Esc cancels"));
    }

    Control control() {
        return control;
    }

    TypedValues.Kind kind() {
        return kind;
    }

    /** The value was refused: the field keeps the text, is marked, and says why. */
    void refuse(String why) {
        if (!control.getStyleClass().contains("input-invalid")) {
            control.getStyleClass().add("input-invalid");
        }
        control.setTooltip(new Tooltip(why));
    }
}
