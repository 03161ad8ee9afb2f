package dev.profilelens.icons;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The two themes (ADR 0100). Each is an AtlantaFX Primer theme as the user-agent stylesheet (every control of every
 * window, dialogs included), then, per scene, a palette stylesheet ({@code -pl-*} looked-up colours, mostly mapped
 * onto the theme's own {@code -color-*} variables) and the shared component rules in {@code base.css}.
 */
public enum Theme {
    LIGHT("light.css", new atlantafx.base.theme.PrimerLight()),
    DARK("dark.css", new atlantafx.base.theme.PrimerDark());

    private final String palette;
    private final atlantafx.base.theme.Theme base;

    Theme(String palette, atlantafx.base.theme.Theme base) {
        this.palette = palette;
        this.base = base;
    }

    /**
     * The theme's stylesheet for {@code Application.setUserAgentStylesheet}: the binary form AtlantaFX ships
     * ({@code .bss}), which JavaFX reads without parsing (ADR 0252: ~100 ms in a fresh JVM, against 350–500 ms to
     * parse the 170 KB of CSS on the FX thread before the first window); the CSS when no binary form is bundled.
     */
    public String userAgentStylesheet() {
        String bss = base.getUserAgentStylesheetBSS();
        URL binary = bss == null ? null : atlantafx.base.theme.Theme.class.getResource(bss);
        return binary != null ? binary.toExternalForm() : cssStylesheet();
    }

    /** The theme's stylesheet as CSS text (what the binary form was compiled from). */
    public String cssStylesheet() {
        String path = base.getUserAgentStylesheet();
        URL u = Objects.requireNonNull(atlantafx.base.theme.Theme.class.getResource(path), path);
        return u.toExternalForm();
    }

    /** Stylesheet URLs to add to a scene, in order. */
    public List<String> stylesheets() {
        return List.of(url(palette), url("base.css"));
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    public boolean dark() {
        return this == DARK;
    }

    private static String url(String name) {
        URL u = Objects.requireNonNull(Theme.class.getResource(name), name);
        return u.toExternalForm();
    }
}
