package dev.profilelens.icons;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The two themes. Each is a palette stylesheet (looked-up colours {@code -pl-*} and modena's {@code -fx-base})
 * followed by the shared component rules in {@code base.css}, which only use looked-up colours.
 */
public enum Theme {
    LIGHT("light.css"),
    DARK("dark.css");

    private final String palette;

    Theme(String palette) {
        this.palette = palette;
    }

    /** Stylesheet URLs to add to a scene, in order. */
    public List<String> stylesheets() {
        return List.of(url(palette), url("base.css"));
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    private static String url(String name) {
        URL u = Objects.requireNonNull(Theme.class.getResource(name), name);
        return u.toExternalForm();
    }
}
