package dev.profilelens.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small JSON files in the data directory, written atomically (temp file + rename) so a crash never truncates. A file
 * that cannot be read is never overwritten: it is moved aside unchanged ({@code NAME.damaged-TIME}) and reported.
 */
public final class JsonFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(JsonFile.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private JsonFile() {
    }

    /**
     * The file's content; empty when it does not exist or is damaged. A damaged file (not JSON, not an object) is
     * moved aside and {@code problems} is told what happened and where the file now is.
     */
    public static Optional<JsonNode> read(Path file, Clock clock, Consumer<String> problems) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String why;
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            if (node != null && node.isObject()) {
                return Optional.of(node);
            }
            why = "it does not hold a JSON object";
        } catch (IOException e) {
            why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
        }
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-"
                + STAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            String text = file.getFileName() + " could not be read (" + why + ") nor moved aside (" + e.getMessage()
                    + "); defaults are used for now.";
            LOG.warn(text);
            problems.accept(text);
            return Optional.empty();
        }
        String text = file.getFileName() + " could not be read (" + why + "). It was kept unchanged as " + aside
                + " and defaults are used; nothing in it was lost.";
        LOG.warn(text);
        problems.accept(text);
        return Optional.empty();
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
