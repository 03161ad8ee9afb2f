package dev.profilelens.app.connection;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/** Add or edit a connection. The API key field is masked and never shows a saved key. */
public final class ConnectionDialog extends Dialog<Connection> {
    private final TextField name = new TextField();
    private final ChoiceBox<String> kind = new ChoiceBox<>();
    private final TextField location = new TextField();
    private final PasswordField apiKey = new PasswordField();
    private final ColorPicker colour = new ColorPicker(Color.web("#2f6fde"));
    private final ChoiceBox<SafetyLevel> safety = new ChoiceBox<>();
    private final CheckBox production = new CheckBox("Production (red; read-only unless you choose otherwise)");
    private final ApiKeys keys;

    public ConnectionDialog(Window owner, @Nullable Connection initial, ApiKeys keys) {
        this.keys = keys;
        initOwner(owner);
        setTitle(initial == null ? "Add connection" : "Edit connection");
        kind.getItems().addAll("Sandbox", "SQLite file", "Open Cloud", "Open Cloud emulator");
        safety.getItems().addAll(SafetyLevel.values());
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(12, 12, 4, 12)); // the labels stood against the dialog's left edge
        g.addRow(0, new Label("Name"), name);
        g.addRow(1, new Label("Kind"), kind);
        g.addRow(2, new Label("Path / universe / URL"), location);
        g.addRow(3, new Label("API key"), apiKey);
        g.addRow(4, new Label("Colour"), colour);
        g.addRow(5, new Label("Safety"), safety);
        g.add(production, 1, 6);
        location.setPromptText("e.g. /data/store.db, 1234567 or 1234567@http://127.0.0.1:8719");
        apiKey.setPromptText("saved to the OS keychain when there is one; or set PROFILELENS_API_KEY");
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        fill(initial);
        production.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                safety.setValue(SafetyLevel.READ_ONLY);
                colour.setValue(Color.web("#c53030"));
            }
        });
        apiKey.disableProperty().bind(kind.valueProperty().isEqualTo("Sandbox")
                .or(kind.valueProperty().isEqualTo("SQLite file")));
        setResultConverter(b -> b == ButtonType.OK ? build() : null);
    }

    private void fill(@Nullable Connection c) {
        if (c == null) {
            kind.setValue("SQLite file");
            safety.setValue(SafetyLevel.CONFIRM_WRITES);
            return;
        }
        name.setText(c.name());
        kind.setValue(c.kind());
        location.setText(c.spec().startsWith("sqlite:") ? c.spec().substring(7)
                : c.spec().startsWith("opencloud:") ? c.spec().substring(10) : "");
        colour.setValue(Color.web(c.colour()));
        safety.setValue(c.safety());
        production.setSelected(c.production());
    }

    private Connection build() {
        String spec = switch (kind.getValue()) {
            case "Sandbox" -> "sandbox";
            case "SQLite file" -> "sqlite:" + location.getText().strip();
            default -> "opencloud:" + location.getText().strip();
        };
        Connection c = new Connection(name.getText().strip(), spec, toHex(colour.getValue()), safety.getValue(),
                production.isSelected());
        if (!apiKey.getText().isEmpty()) {
            keys.put(c.spec(), apiKey.getText());
        }
        return c;
    }

    /** Shows the dialog; empty when cancelled. Bad input (no name, no location) is reported by the caller. */
    public Optional<Connection> ask() {
        return showAndWait();
    }

    private static String toHex(Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
