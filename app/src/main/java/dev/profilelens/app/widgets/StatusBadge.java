package dev.profilelens.app.widgets;

import javafx.scene.control.Label;

/** Small coloured badges (lock state, format) with an icon. Colours come from the theme's looked-up colours. */
public final class StatusBadge {
    private StatusBadge() {
    }

    public static Label lock(String state) {
        Label l = new Label(state);
        l.getStyleClass().addAll("badge", "badge-" + state);
        Icons.badge(l, state);
        return l;
    }

    public static Label format(String format) {
        Label l = new Label(format);
        l.getStyleClass().addAll("badge", format.equals("corrupt") ? "badge-corrupt"
                : format.equals("placeholder") ? "badge-placeholder" : "badge-format");
        Icons.badge(l, format);
        return l;
    }
}
