package dev.profilelens.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.icons.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Remembered preferences in {@code settings.json}: window state, theme, the connections and tabs left open, desktop
 * notifications (on or off, and optionally {@code notifyCommand}: a program and its first arguments to run with
 * the title and text instead of the system's own notifications).
 */
public final class AppSettings {
    private final Path file;
    private WindowState window = WindowState.DEFAULT;
    private Theme theme = Theme.LIGHT;
    private List<String> openConnections = new ArrayList<>(List.of("Sandbox"));
    private List<OpenTab> openTabs = new ArrayList<>();
    private volatile boolean notifyWhenFree = true;
    private volatile boolean simulatedServers = true;
    private volatile @Nullable List<String> notifyCommand;

    private final List<String> problems = new ArrayList<>();

    public AppSettings(Path file) {
        this(file, Clock.systemUTC());
    }

    public AppSettings(Path file, Clock clock) {
        this.file = file;
        JsonFile.read(file, clock, problems::add).ifPresent(this::load);
    }

    /** What went wrong reading the file (a damaged file moved aside), for the window to show once. */
    public List<String> problems() {
        return List.copyOf(problems);
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
        for (JsonNode t : n.path("openTabs")) {
            if (t.path("connection").isTextual() && t.path("store").isTextual() && t.path("key").isTextual()) {
                openTabs.add(new OpenTab(t.path("connection").asText(), t.path("store").asText(),
                        t.path("scope").asText("global"), t.path("key").asText()));
            }
        }
        notifyWhenFree = n.path("notifyWhenFree").asBoolean(true);
        simulatedServers = n.path("simulatedServers").asBoolean(true);
        if (n.path("notifyCommand").isArray() && !n.path("notifyCommand").isEmpty()) {
            List<String> cmd = new ArrayList<>();
            n.path("notifyCommand").forEach(c -> cmd.add(c.asText()));
            notifyCommand = List.copyOf(cmd);
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
        var tabs = root.putArray("openTabs");
        for (OpenTab t : openTabs) {
            tabs.addObject().put("connection", t.connection()).put("store", t.store()).put("scope", t.scope())
                    .put("key", t.key());
        }
        root.put("notifyWhenFree", notifyWhenFree);
        root.put("simulatedServers", simulatedServers);
        List<String> cmd = notifyCommand;
        if (cmd != null) {
            cmd.forEach(root.putArray("notifyCommand")::add);
        }
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

    /** The profile tabs left open at the last exit, in order. */
    public List<OpenTab> openTabs() {
        return List.copyOf(openTabs);
    }

    public void openTabs(List<OpenTab> tabs) {
        this.openTabs = new ArrayList<>(tabs);
    }

    /** Whether a desktop notification is shown when a watched profile becomes free. */
    public boolean notifyWhenFree() {
        return notifyWhenFree;
    }

    public void notifyWhenFree(boolean on) {
        this.notifyWhenFree = on;
    }

    /** Whether the window runs simulated game servers on the sandbox while the sandbox is open (ADR 0271). */
    public boolean simulatedServers() {
        return simulatedServers;
    }

    public void simulatedServers(boolean on) {
        this.simulatedServers = on;
    }

    /** The user's own notification program and first arguments, or null for the system's notifications. */
    public @Nullable List<String> notifyCommand() {
        return notifyCommand;
    }
}
