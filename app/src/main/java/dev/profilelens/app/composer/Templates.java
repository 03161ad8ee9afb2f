package dev.profilelens.app.composer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reusable update / message templates per data store ({@code templates.json} in the data folder:
 * {@code {"PlayerData": {"AdminGift": {...}}}}). Saved atomically; call off the FX thread.
 */
public final class Templates {
    private final Path file;

    public Templates(Path file) {
        this.file = file;
    }

    public synchronized List<String> names(String store) {
        List<String> out = new ArrayList<>();
        read().path(store).fieldNames().forEachRemaining(out::add);
        return out;
    }

    public synchronized JsonNode get(String store, String name) {
        return read().path(store).path(name);
    }

    public synchronized void put(String store, String name, JsonNode data) {
        ObjectNode all = read();
        JsonNode forStore = all.get(store);
        ObjectNode s = forStore instanceof ObjectNode o ? o : all.putObject(store);
        s.set(name, data.deepCopy());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, RobloxJson.prettyReport(all));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the templates to " + file, e);
        }
    }

    private ObjectNode read() {
        try {
            if (!Files.exists(file)) {
                return defaults();
            }
            JsonNode n = RobloxJson.parse(Files.readAllBytes(file));
            return n instanceof ObjectNode o ? o : defaults();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the templates in " + file, e);
        }
    }

    private static ObjectNode defaults() {
        ObjectNode all = RobloxJson.nodes().objectNode();
        for (String store : List.of("PlayerData", "PlayerData_v2")) {
            all.putObject(store).set("AdminGift",
                    RobloxJson.parse("{\"Type\":\"AdminGift\",\"Item\":\"Royal Crown\",\"Coins\":500}"));
        }
        return all;
    }
}
