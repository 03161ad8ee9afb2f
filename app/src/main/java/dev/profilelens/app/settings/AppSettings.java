package dev.profilelens.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.icons.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Remembered preferences in {@code settings.json}: window state, theme, the connections left open. */
public final class AppSettings {
    private final Path file;
    private WindowState window = WindowState.DEFAULT;
    private Theme theme = Theme.LIGHT;
    private List<String> openConnections = new ArrayList<>(List.of("Sandbox"));

    public AppSettings(Path file) {
        this.file = file;
        JsonFile.read(file).ifPresent(this::load);
    }

    private void load(JsonNode n) {
        JsonNode w = n.path("window");
        if (w.isObject()) {
            window = new WindowState(w.path("x").asDouble(Double.NaN), w.path("y").asDouble(Double.NaN),
                    w.path("width").asDouble(1280), w.path("height").asDouble(800), w.path("maximized").asBoolean());
        }
        theme = "dark".equals(n.path("theme").asText()) ? Theme.DARK : Theme.LIGHT;
        if (n.path("openConnections").isArray()) {
            openConnections = new ArrayList<>();
            n.path("openConnections").forEach(c -> openConnections.add(c.asText()));
        }
    }

    public void save() {
        ObjectNode root = JsonFile.mapper().createObjectNode();
        ObjectNode w = root.putObject("window");
        if (window.hasPosition()) {
            w.put("x", window.x());
            w.put("y", window.y());
        }
        w.put("width", window.width());
        w.put("height", window.height());
        w.put("maximized", window.maximized());
        root.put("theme", theme == Theme.DARK ? "dark" : "light");
        openConnections.forEach(root.putArray("openConnections")::add);
        try {
            JsonFile.write(file, root);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save settings to " + file, e);
        }
    }

    public WindowState window() {
        return window;
    }

    public void window(WindowState w) {
        this.window = w;
    }

    public Theme theme() {
        return theme;
    }

    public void theme(Theme t) {
        this.theme = t;
    }

    public List<String> openConnections() {
        return List.copyOf(openConnections);
    }

    public void openConnections(List<String> names) {
        this.openConnections = new ArrayList<>(names);
    }
}
