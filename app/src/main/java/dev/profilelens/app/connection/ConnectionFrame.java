package dev.profilelens.app.connection;

import dev.profilelens.core.store.EntryRef;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Tab;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;

/**
 * Frames what belongs to a connection in its colour, so the user always sees which game a document touches
 * (issue #22 item 3): tab titles {@code Conn · Store · Key}, a coloured edge on each tab, and for production
 * connections a red frame and a "PRODUCTION" label.
 */
public final class ConnectionFrame {
    public static final String TAB_CLASS = "connection-tab";
    public static final String PRODUCTION_CLASS = "production-tab";
    public static final String FRAME_CLASS = "connection-frame";
    public static final String PRODUCTION_FRAME_CLASS = "production-frame";
    private static final String CONNECTION = "profilelens.connection";

    private ConnectionFrame() {
    }

    /** {@code Prod · PlayerData · Player_1}; a scope other than {@code global} follows the store in brackets. */
    public static String title(Connection c, EntryRef ref) {
        String store = ref.scope().equals(EntryRef.DEFAULT_SCOPE) ? ref.store()
                : ref.store() + " [" + ref.scope() + "]";
        return c.name() + " · " + store + " · " + ref.key();
    }

    /** Marks a tab as belonging to {@code c}: a swatch in its colour, a coloured edge, production styling. */
    public static void decorate(Tab tab, Connection c) {
        tab.getProperties().put(CONNECTION, c);
        tab.setGraphic(swatch(c, 10));
        tab.getStyleClass().add(TAB_CLASS);
        tab.setStyle("-pl-connection: " + c.colour() + ";");
        if (c.production()) {
            tab.getStyleClass().add(PRODUCTION_CLASS);
        }
    }

    /** A dot of {@code size} px in the connection's colour. */
    public static Region swatch(Connection c, double size) {
        Region swatch = new Region();
        swatch.getStyleClass().add("connection-swatch");
        swatch.setStyle("-fx-background-color: " + c.colour() + ";");
        swatch.setMaxSize(size, size);
        swatch.setPrefSize(size, size);
        return swatch;
    }

    /** The connection a decorated tab belongs to. */
    public static Optional<Connection> of(@Nullable Tab tab) {
        return tab != null && tab.getProperties().get(CONNECTION) instanceof Connection c ? Optional.of(c)
                : Optional.empty();
    }

    /**
     * Frames {@code area} in the connection's colour (red and thicker for production); none without one. Changes
     * nothing when the frame is already the one asked for: each style-class change makes JavaFX look up the styles
     * of everything inside {@code area} again (every open document), and the frame is asked for on each tab opened
     * or selected, nearly always for the connection it already shows.
     */
    public static void frame(Region area, @Nullable Connection c) {
        String wanted = c == null ? null : c.production() ? PRODUCTION_FRAME_CLASS : FRAME_CLASS;
        for (String k : List.of(FRAME_CLASS, PRODUCTION_FRAME_CLASS)) {
            if (!k.equals(wanted)) {
                area.getStyleClass().remove(k);
            }
        }
        if (wanted != null && !area.getStyleClass().contains(wanted)) {
            area.getStyleClass().add(wanted);
        }
        area.setStyle(c == null ? "" : "-pl-connection: " + c.colour() + ";");
    }
}
