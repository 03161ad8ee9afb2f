package dev.profilelens.app.widgets;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Ikonli Feather icons for toolbar buttons and badges (ADR 0100); their colour follows the theme. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Feather icon) {
        FontIcon f = new FontIcon(icon);
        f.getStyleClass().add("pl-icon");
        return f;
    }

    /** Puts {@code icon} before the button's text and returns the button. */
    public static <B extends ButtonBase> B on(B button, Feather icon) {
        button.setGraphic(of(icon));
        return button;
    }

    /** The icon a lock or format badge carries, or null when the badge has none. */
    static @Nullable Feather forBadge(String state) {
        return switch (state) {
            case "free" -> Feather.UNLOCK;
            case "active" -> Feather.LOCK;
            case "stale" -> Feather.CLOCK;
            case "corrupt" -> Feather.ALERT_TRIANGLE;
            case "placeholder" -> Feather.CIRCLE;
            default -> null;
        };
    }

    static void badge(Label l, String state) {
        Feather icon = forBadge(state);
        if (icon != null) {
            FontIcon f = of(icon);
            f.getStyleClass().add("badge-icon");
            l.setGraphic(f);
        }
    }
}
