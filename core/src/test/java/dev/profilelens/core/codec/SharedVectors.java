package dev.profilelens.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code shared/vectors} beside the project root (walking up from the module directory). */
public final class SharedVectors {
    private SharedVectors() {
    }

    public static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("vectors");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/vectors not found beside the project root");
    }

    public static byte[] stored(String name) {
        try {
            return Files.readAllBytes(dir().resolve("stored").resolve(name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String file) {
        try {
            return RobloxJson.parse(Files.readAllBytes(dir().resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
