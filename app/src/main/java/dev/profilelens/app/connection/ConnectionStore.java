package dev.profilelens.app.connection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.app.settings.JsonFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Saved connections in {@code connections.json}; never holds API keys (those go to the key store). */
public final class ConnectionStore {
    private final Path file;

    private final Clock clock;
    private final List<String> problems = new ArrayList<>();

    public ConnectionStore(Path file) {
        this(file, Clock.systemUTC());
    }

    public ConnectionStore(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /**
     * The saved connections. A connection without a safety level opens read-only; an entry that makes no sense is
     * skipped and reported in {@link #problems()}; a damaged file is moved aside unchanged and reported.
     */
    public List<Connection> load() {
        problems.clear(); // what this load met, not every load's
        List<Connection> out = new ArrayList<>();
        JsonFile.read(file, clock, problems::add).ifPresent(root -> root.path("connections").forEach(n -> {
            try {
                out.add(new Connection(n.path("name").asText(), n.path("spec").asText(),
                        n.path("colour").asText("#2f6fde"),
                        SafetyLevel.valueOf(n.path("safety").asText(SafetyLevel.READ_ONLY.name())),
                        n.path("production").asBoolean()));
            } catch (IllegalArgumentException e) {
                problems.add("The connection \"" + n.path("name").asText("?") + "\" in " + file.getFileName()
                        + " was skipped: " + e.getMessage());
            }
        }));
        if (out.stream().noneMatch(Connection::isSandbox)) {
            out.add(0, Connection.SANDBOX);
        }
        return out;
    }

    /** What went wrong loading (a damaged file moved aside, entries skipped), for the window to show once. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public void save(List<Connection> connections) {
        ObjectNode root = JsonFile.mapper().createObjectNode();
        ArrayNode list = root.putArray("connections");
        for (Connection c : connections) {
            ObjectNode n = list.addObject();
            n.put("name", c.name());
            n.put("spec", c.spec());
            n.put("colour", c.colour());
            n.put("safety", c.safety().name());
            n.put("production", c.production());
        }
        try {
            JsonFile.write(file, root);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save connections to " + file, e);
        }
    }
}
