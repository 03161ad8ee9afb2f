package dev.profilelens.app.shell;

import dev.profilelens.app.widgets.Icons;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kordamp.ikonli.feather.Feather;

/**
 * Loads, beside the main window's construction, what its first controls would otherwise load on the FX thread
 * (ADR 0274): the default font (the tooltip class loads it when it is first used) and the icon font with Ikonli's
 * handlers. Nodes not in a scene may be made on any thread; what it makes is dropped. Run it only once the
 * application's stylesheet is set: a control class loaded before that, off the FX thread, queues JavaFX's default
 * stylesheet, which then replaces the theme.
 */
final class UiPreload {
    private static final Logger LOG = Logger.getLogger(UiPreload.class.getName());

    private UiPreload() {
    }

    static void run() {
        try {
            Class.forName("javafx.scene.control.Tooltip", true, UiPreload.class.getClassLoader());
            Icons.of(Feather.SERVER);
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "preloading the fonts failed (the window loads them itself)", e);
        }
    }
}
