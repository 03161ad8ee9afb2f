package dev.profilelens.app.history;

import static dev.profilelens.app.widgets.Controls.column;

import dev.profilelens.app.dialog.ScreenFit;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * Shows what a write from history will change before it is made (#15, #22 item 5): per path the value now and the
 * value after, problems that stop it, and the reason as a field (an empty reason is an inline error, never a silent
 * cancel). Returns the reason when confirmed.
 */
public final class ChangesDialog {
    private ChangesDialog() {
    }

    /**
     * @param action   the confirm button's label, e.g. {@code Restore}
     * @param problems why it cannot be written now; when not empty the confirm button is off
     */
    public static Optional<String> show(@Nullable Window owner, String title, String message, String action,
                                        List<ChangeRow> rows, List<String> problems, String initialReason) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(message);
        TableView<ChangeRow> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.setId("changes-table");
        table.getColumns().add(column("Path", ChangeRow::path, 220));
        table.getColumns().add(column("Change", ChangeRow::intent, 150));
        table.getColumns().add(column("Now", ChangeRow::before, 190));
        table.getColumns().add(column("After", ChangeRow::after, 190));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(problems.isEmpty() ? "Nothing would change: the stored value already "
                + "holds these values." : "Cannot apply to the value stored now."));
        table.setPrefHeight(Math.min(360, 60 + 28.0 * Math.max(1, rows.size())));
        Label problem = new Label(String.join("\n", problems));
        problem.setId("changes-problems");
                problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setVisible(!problems.isEmpty());
        problem.setManaged(!problems.isEmpty());
        TextField reason = new TextField(initialReason);
        reason.setId("changes-reason");
        reason.setPromptText("Why? (recorded in the audit log)");
        Label reasonError = new Label("A reason is required: it is recorded in the audit log.");
        reasonError.setId("changes-reason-error");
        reasonError.getStyleClass().add("error-text");
        reasonError.setVisible(false);
        reasonError.setManaged(false);
        VBox content = new VBox(8, table, problem, new Label("Reason"), reason, reasonError);
        content.setPrefWidth(820);
        d.getDialogPane().setContent(content);
        ButtonType confirm = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(confirm).setDisable(!problems.isEmpty() || rows.isEmpty());
        d.getDialogPane().lookupButton(confirm).addEventFilter(ActionEvent.ACTION, e -> {
            if (reason.getText().isBlank()) {
                reasonError.setVisible(true);
                reasonError.setManaged(true);
                reason.requestFocus();
                e.consume();
            }
        });
        d.setResultConverter(b -> b == confirm ? reason.getText().strip() : null);
        if (owner != null && owner.getScene() != null) {
            d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        ScreenFit.fit(d, owner);
        Platform.runLater(reason::requestFocus);
        return d.showAndWait();
    }
}
