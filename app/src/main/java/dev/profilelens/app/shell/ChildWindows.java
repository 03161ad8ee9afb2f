package dev.profilelens.app.shell;

import dev.profilelens.app.dialog.ScreenFit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Windows owned by the main window: sized to its screen, styled with its theme. */
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
        w.show();
        return w;
    }
}
