package dev.profilelens.app.editor;

import dev.profilelens.app.dialog.ScreenFit;
import dev.profilelens.app.widgets.Plurals;
import dev.profilelens.core.edit.intent.Change;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * The save dialog (issue #22 item 2): every intent that will be written with the value now → after it, per edited
 * key, and the reason as a field. An empty reason is an inline error beside the field; the dialog stays open.
 * The result is the reason; empty only when cancelled.
 */
public final class SaveDialog extends Dialog<String> {
    /** The pending changes of one key (a heading and its changes). */
    public record Group(String title, List<Change> changes) {
        public Group {
            changes = List.copyOf(changes);
        }
    }

    private final TextField reason = new TextField();
    private final Label error = new Label();
    private final ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
    private final int count;

    public SaveDialog(@Nullable Window owner, String title, List<Group> groups) {
        initOwner(owner);
        setTitle(title);
        int n = groups.stream().mapToInt(g -> g.changes().size()).sum();
        count = n;
        setHeaderText(Plurals.of(n, "change") + " will be written"
                + (groups.size() > 1 ? " to " + groups.size() + " keys" : "")
                + ", each applied to the value stored at the moment of writing:");
        ListView<String> list = new ListView<>();
        list.setId("save-intents");
        for (Group g : groups) {
            if (groups.size() > 1) {
                list.getItems().add(g.title());
            }
            g.changes().forEach(c -> list.getItems().add((groups.size() > 1 ? "    " : "") + line(c)));
        }
        list.setPrefHeight(Math.min(320, 28 + 26 * list.getItems().size()));
        list.setPrefWidth(640);
        reason.setId("save-reason");
        reason.setPromptText("Why? e.g. ticket 1234 — recorded in the audit log");
        error.setId("save-reason-error");
        error.getStyleClass().add("explain-danger");
        error.setVisible(false);
        error.setManaged(false);
        reason.textProperty().addListener((o, a, t) -> showError(false));
        getDialogPane().setContent(new VBox(8, list, new Label("Reason (required)"), reason, error));
        getDialogPane().setId("save-dialog");
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        ((Button) getDialogPane().lookupButton(save)).addEventFilter(ActionEvent.ACTION, e -> {
            if (reason.getText().isBlank()) {
                e.consume();
                showError(true);
                reason.requestFocus();
            }
        });
        setResultConverter(b -> b == save ? reason.getText().strip() : null);
        ScreenFit.fit(this, owner);
    }

    /** E.g. {@code /Data/Coins  +500  153608 → 154108}. */
    static String line(Change c) {
        String path = c.intent().path().isEmpty() ? "(whole value)" : c.intent().path();
        return path + "  " + c.intent().describe() + "  " + Change.text(c.before()) + " → " + Change.text(c.after());
    }

    private void showError(boolean on) {
        error.setText(on ? "Give a reason: every write is recorded in the audit log with why it was made." : "");
        error.setVisible(on);
        error.setManaged(on);
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    /**
     * For a delivery: nothing is written here; the live server applies the changes to its value when it takes the
     * update. The header says so and the button reads Deliver.
     */
    public SaveDialog delivered() {
        setHeaderText(Plurals.of(count, "change") + " will be delivered as a global update; the live server applies "
                + (count == 1 ? "it" : "each") + " to the profile as it is when it takes the update (values as read "
                + "here):");
        ((Button) getDialogPane().lookupButton(save)).setText("Deliver");
        return this;
    }

    /** Starts the reason field with {@code given} (the reason the user gave for this edit a step before). */
    public SaveDialog reason(String given) {
        reason.setText(given);
        return this;
    }

    public Optional<String> ask() {
        Platform.runLater(reason::requestFocus);
        return showAndWait();
    }
}
