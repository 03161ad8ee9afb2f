package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which data stores of one universe are scheduled for deletion (v2 Delete / Undelete Data Store), with their
 * expiry time; kept next to the universe's store file so it survives restarts.
 */
final class StoreStates {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final Map<String, Instant> deleted = new TreeMap<>();

    StoreStates(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                JsonNode root = JSON.readTree(file.toFile());
                for (Map.Entry<String, JsonNode> e : root.path("deleted").properties()) {
                    deleted.put(e.getKey(), Instant.parse(e.getValue().asText()));
                }
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Cannot read the emulator's store states in " + file, e);
            }
        }
    }

    /** The expiry time of a store scheduled for deletion, or empty while it is active. */
    synchronized Optional<Instant> expiry(String store) {
        return Optional.ofNullable(deleted.get(store));
    }

    /** Schedules deletion; a store already scheduled keeps its expiry time. Returns the expiry time. */
    synchronized Instant delete(String store, Instant expire) {
        Instant at = deleted.computeIfAbsent(store, s -> expire);
        save();
        return at;
    }

    synchronized void undelete(String store) {
        deleted.remove(store);
        save();
    }

    private void save() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode d = root.putObject("deleted");
        deleted.forEach((k, v) -> d.put(k, v.toString()));
        try {
            Files.writeString(file, root.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
