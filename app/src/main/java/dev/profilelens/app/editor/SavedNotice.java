package dev.profilelens.app.editor;

import static dev.profilelens.app.widgets.Controls.button;

import dev.profilelens.app.widgets.Plurals;
import dev.profilelens.core.edit.SaveResult;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.jspecify.annotations.Nullable;

/**
 * The notification after a write (issue #22 item 2): what was written, the new version, and Undo. In the editor for
 * its own saves, in the window's pending tray for the saves the tray started.
 */
final class SavedNotice extends HBox {
    private final Label text = new Label();
    private final Button undo;
    private Runnable onUndo = () -> { };
    private @Nullable Node focusAfter;

    SavedNotice() {
        this("editor");
    }

    /** {@code prefix} names its nodes: {@code prefix-notice}, {@code prefix-notice-text}, {@code prefix-undo}. */
    SavedNotice(String prefix) {
        super(8);
        setId(prefix + "-notice");
        // the theme's success colours: a pale green in the light theme, a dark green tint in the dark one
        setStyle("-fx-padding: 6 8 6 8; -fx-background-color: -color-success-subtle;"
                + " -fx-border-color: -color-success-emphasis; -fx-border-width: 0 0 1 0;");
        text.setId(prefix + "-notice-text");
        text.setStyle("-fx-text-fill: -color-fg-default;");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        undo = button("Undo", "Take this write back through the save pipeline (kept: what servers saved since)",
                () -> onUndo.run());
        undo.setId(prefix + "-undo");
        Button close = button("✕", "Hide this notice", this::hide);
        close.setId(prefix + "-notice-close");
        getChildren().setAll(text, undo, close);
        hide();
    }

    /** Shows {@code message}; {@code undoAction} null hides the Undo button. */
    private void show(String message, @Nullable Runnable undoAction) {
        text.setText(message);
        onUndo = undoAction == null ? () -> { } : undoAction;
        undo.setVisible(undoAction != null);
        undo.setManaged(undoAction != null);
        setVisible(true);
        setManaged(true);
    }

    /**
     * Shows the write {@code w} of {@code model}'s value: its key, new version and changes, with Undo, which takes
     * it back through the save pipeline (what servers saved since is kept), says how that went here and tells
     * {@code undone} of the write that did it.
     */
    void saved(EditorViewModel model, SaveResult.Written w, Consumer<SaveResult.Written> undone) {
        show("Saved " + model.target().ref().key() + ": version " + w.versionAfter() + ", "
                + Plurals.of(w.changes().size(), "change") + (w.reapplied() == 0 ? "" : ", re-applied "
                + w.reapplied() + "× on changes made meanwhile") + ".", () -> undo(model, w, undone));
    }

    private void undo(EditorViewModel model, SaveResult.Written w, Consumer<SaveResult.Written> undone) {
        hide();
        model.undo(w, "undo of version " + w.versionAfter(), r -> {
            if (r instanceof SaveResult.Written back) {
                show("Undone: " + model.target().ref().key() + " is now version " + back.versionAfter()
                        + " (what servers saved since is kept).", null);
                undone.accept(back);
            } else {
                show("Not undone — nothing was written: " + r.message(), null);
            }
        }, e -> show("Not undone — nothing was written: " + e.getMessage(), null));
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
