package dev.profilelens.app.shell;

import dev.profilelens.app.dialog.ScreenFit;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/**
 * Windows owned by the main window: sized to its screen, styled with its theme, with a Close button at the bottom
 * right (unless the content has its own), closed with Escape too (unless the focus is in a text field or an editing
 * cell, where Escape belongs to the field, or something else used the key).
 */
final class ChildWindows {
    private ChildWindows() {
    }

    static Stage show(Stage owner, String title, Parent content, double width, double height) {
        return show(owner, title, content, width, height, true);
    }

    /** {@code closeButton} false: the content has a close button of its own (the mirror's waits for its copy). */
    static Stage show(Stage owner, String title, Parent content, double width, double height, boolean closeButton) {
        Stage w = new Stage();
        w.initOwner(owner);
        ScreenFit.sizeChild(w, owner, width, height);
        w.setTitle(title);
        w.setScene(new Scene(closeButton ? withClose(content, w) : content));
        w.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        w.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !(w.getScene().getFocusOwner() instanceof TextInputControl)) {
                e.consume();
                w.close();
            }
        });
        w.show();
        return w;
    }

    private static Parent withClose(Parent content, Stage w) {
        Button close = new Button("Close");
        close.setId("child-close");
        close.setOnAction(e -> w.close());
        HBox bar = new HBox(close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(6, 10, 8, 10));
        BorderPane root = new BorderPane(content);
        root.setBottom(bar);
        return root;
    }
}
