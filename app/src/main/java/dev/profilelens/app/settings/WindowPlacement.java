package dev.profilelens.app.settings;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Puts the main window back where it was, within today's screens, and follows its normal (not maximized, not
 * iconified) bounds so the state saved on any exit path is the one to restore. A remembered size below the minimum
 * or a position on a screen that is gone no longer opens a tiny or unreachable window.
 */
public final class WindowPlacement {
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 420;
    private double x = Double.NaN;
    private double y = Double.NaN;
    private double width = WindowState.DEFAULT.width();
    private double height = WindowState.DEFAULT.height();
    private @Nullable Stage stage;

    /** Where {@code saved} should open on {@code screens} (visual bounds): on a screen, at most its size. */
    public static WindowState fit(WindowState saved, List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return saved;
        }
        Rectangle2D on = screens.get(0);
        if (saved.hasPosition()) {
            for (Rectangle2D s : screens) {
                if (s.contains(saved.x() + 40, saved.y() + 20)) {
                    on = s;
                }
            }
        }
        double w = Math.min(saved.width(), on.getWidth());
        double h = Math.min(saved.height(), on.getHeight());
        if (!saved.hasPosition() || !on.contains(saved.x() + 40, saved.y() + 20)) {
            return new WindowState(on.getMinX() + (on.getWidth() - w) / 2, on.getMinY() + (on.getHeight() - h) / 2,
                    w, h, saved.maximized());
        }
        double nx = Math.max(on.getMinX(), Math.min(saved.x(), on.getMaxX() - w));
        double ny = Math.max(on.getMinY(), Math.min(saved.y(), on.getMaxY() - h));
        return new WindowState(nx, ny, w, h, saved.maximized());
    }

    /** Sizes and places {@code s} from {@code saved}, sets its minimum size, and starts following its bounds. */
    public void restore(Stage s, WindowState saved, List<Rectangle2D> screens) {
        this.stage = s;
        WindowState w = fit(saved, screens);
        s.setMinWidth(MIN_WIDTH);
        s.setMinHeight(MIN_HEIGHT);
        s.setWidth(w.width());
        s.setHeight(w.height());
        s.setX(w.x());
        s.setY(w.y());
        s.setMaximized(w.maximized());
        x = w.x();
        y = w.y();
        width = w.width();
        height = w.height();
        s.xProperty().addListener((o, a, b) -> follow());
        s.yProperty().addListener((o, a, b) -> follow());
        s.widthProperty().addListener((o, a, b) -> follow());
        s.heightProperty().addListener((o, a, b) -> follow());
    }

    private void follow() {
        Stage stage = this.stage;
        if (stage == null || stage.isMaximized() || stage.isIconified() || stage.isFullScreen() || !stage.isShowing()) {
            return;
        }
        x = stage.getX();
        y = stage.getY();
        width = stage.getWidth();
        height = stage.getHeight();
    }

    /** The window's normal bounds and whether it is maximized now. */
    public WindowState current() {
        return new WindowState(x, y, width, height, stage != null && stage.isMaximized());
    }
}
