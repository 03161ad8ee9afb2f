package dev.profilelens.app.editor;

import static dev.profilelens.app.widgets.Controls.button;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.jspecify.annotations.Nullable;

/** The notification after a write (issue #22 item 2): what was written, the new version, and Undo. */
final class SavedNotice extends HBox {
    private final Label text = new Label();
    private final Button undo;
    private Runnable onUndo = () -> { };
    private @Nullable Node focusAfter;

    SavedNotice() {
        super(8);
        setId("editor-notice");
        setStyle("-fx-padding: 6 8 6 8; -fx-background-color: #dff6dd; -fx-border-color: #107c10;"
                + " -fx-border-width: 0 0 1 0;");
        text.setId("editor-notice-text");
        text.setStyle("-fx-text-fill: #0b3d0b;");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        undo = button("Undo", "Take this write back through the save pipeline (kept: what servers saved since)",
                () -> onUndo.run());
        undo.setId("editor-undo");
        Button close = button("✕", "Hide this notice", this::hide);
        close.setId("editor-notice-close");
        getChildren().setAll(text, undo, close);
        hide();
    }

    /** Shows {@code message}; {@code undoAction} null hides the Undo button. */
    void show(String message, @Nullable Runnable undoAction) {
        text.setText(message);
        onUndo = undoAction == null ? () -> { } : undoAction;
        undo.setVisible(undoAction != null);
        undo.setManaged(undoAction != null);
        setVisible(true);
        setManaged(true);
    }

    /** Where focus goes when the notice hides while it has it (else it moves on to the next field). */
    void returnFocusTo(Node node) {
        focusAfter = node;
    }

    void hide() {
        Node next = focusAfter;
        if (next != null && isFocusWithin()) {
            next.requestFocus();
        }
        setVisible(false);
        setManaged(false);
    }
}
