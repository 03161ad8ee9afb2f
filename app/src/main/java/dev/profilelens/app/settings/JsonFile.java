package dev.profilelens.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Small JSON files in the data directory, written atomically (temp file + rename) so a crash never truncates. */
public final class JsonFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFile() {
    }

    public static Optional<JsonNode> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readTree(file.toFile()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static void write(Path file, JsonNode value) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), value);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
