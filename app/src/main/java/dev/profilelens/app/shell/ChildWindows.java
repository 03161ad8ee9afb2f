package dev.profilelens.app.shell;

import dev.profilelens.app.dialog.ScreenFit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Windows owned by the main window: sized to its screen, styled with its theme, closed with Escape (unless the focus
 * is in a text field or an editing cell, where Escape belongs to the field, or something else used the key).
 */
final class ChildWindows {
    private ChildWindows() {
    }

    static Stage show(Stage owner, String title, Parent content, double width, double height) {
        Stage w = new Stage();
        w.initOwner(owner);
        ScreenFit.sizeChild(w, owner, width, height);
        w.setTitle(title);
        w.setScene(new Scene(content));
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
}
