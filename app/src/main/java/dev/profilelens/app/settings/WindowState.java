package dev.profilelens.app.settings;

/** Where and how big the main window was when it closed. */
public record WindowState(double x, double y, double width, double height, boolean maximized) {
    public static final WindowState DEFAULT = new WindowState(Double.NaN, Double.NaN, 1280, 800, false);

    public WindowState {
        width = Math.max(640, Double.isNaN(width) ? 0 : width);
        height = Math.max(420, Double.isNaN(height) ? 0 : height);
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
