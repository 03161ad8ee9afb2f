package dev.profilelens.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The project's own stored vectors under {@code src/test/resources/vectors-extra/} (see its README). */
public final class ExtraVectors {
    private ExtraVectors() {
    }

    public static byte[] bytes(String relative) {
        try (InputStream in = ExtraVectors.class.getResourceAsStream("/vectors-extra/" + relative)) {
            if (in == null) {
                throw new IllegalStateException("no vector " + relative);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] stored(String name) {
        return bytes("stored/" + name + ".json");
    }

    public static JsonNode json(String relative) {
        return RobloxJson.parse(bytes(relative));
    }
}
