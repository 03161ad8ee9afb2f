package dev.profilelens.app.dialog;

import java.util.function.DoubleConsumer;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * Keeps windows on the screen they open on: dialogs get a readable width and wrap their texts instead of growing
 * past the screen (a long confirmation once opened 1,578 px wide on a 1,440 px screen, its OK button off-screen);
 * child windows get a sensible size and minimum instead of the toolkit's 200×200.
 */
public final class ScreenFit {
    /** Width a dialog is laid out at when its texts are long. */
    static final double DIALOG_WIDTH = 600;
    private static final double MARGIN = 40;

    private ScreenFit() {
    }

    /** The visual bounds of the screen {@code owner} is on (the primary screen without an owner). */
    public static Rectangle2D screenOf(@Nullable Window owner) {
        if (owner != null && !Double.isNaN(owner.getX()) && owner.getWidth() > 0) {
            var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                    owner.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    /** Wraps the dialog's header and content at a width that fits the owner's screen and keeps it on screen. */
    public static void fit(Dialog<?> dialog, @Nullable Window owner) {
        Rectangle2D screen = screenOf(owner);
        double width = Math.min(DIALOG_WIDTH, screen.getWidth() - 2 * MARGIN);
        DialogPane pane = dialog.getDialogPane();
        String header = pane.getHeaderText();
        if (header != null && !header.isEmpty()) {
            Label l = new Label();
            l.textProperty().bind(pane.headerTextProperty()); // a header set later still shows
            l.setWrapText(true);
            l.setMaxWidth(width - 2 * 12);
            StackPane box = new StackPane(l);
            box.getStyleClass().add("header-panel");
            box.setAlignment(Pos.CENTER_LEFT);
            pane.setHeader(box);
        }
        pane.setPrefWidth(width);
        pane.setMaxWidth(screen.getWidth() - 2 * MARGIN);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setMaxHeight(screen.getHeight() - 2 * MARGIN);
        dialog.setResizable(true);
        dialog.setOnShown(e -> keepOnScreen(dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight(),
                screen, dialog::setX, dialog::setY));
    }

    /** Gives a child window a size and a minimum that fit the owner's screen, and keeps it there. */
    public static void sizeChild(Stage child, @Nullable Window owner, double width, double height) {
        Rectangle2D screen = screenOf(owner);
        child.setWidth(Math.min(width, screen.getWidth() - MARGIN));
        child.setHeight(Math.min(height, screen.getHeight() - MARGIN));
        child.setMinWidth(Math.min(480, screen.getWidth()));
        child.setMinHeight(Math.min(320, screen.getHeight()));
        child.setOnShown(e -> keepOnScreen(child.getX(), child.getY(), child.getWidth(), child.getHeight(), screen,
                child::setX, child::setY));
    }

    static void keepOnScreen(double x, double y, double w, double h, Rectangle2D screen,
                             DoubleConsumer setX, DoubleConsumer setY) {
        double nx = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w));
        double ny = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - h));
        if (nx != x) {
            setX.accept(nx);
        }
        if (ny != y) {
            setY.accept(ny);
        }
    }
}
