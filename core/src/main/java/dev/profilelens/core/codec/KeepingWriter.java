package dev.profilelens.core.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes an edited value so that every part the edit left alone keeps its stored text byte for byte ({@code 1e+300}
 * stays {@code 1e+300}, an escaped {@code \u00e9} stays escaped, spacing inside untouched tables stays). A part is
 * left alone when it equals the stored part at the same path; everything else is written with {@link RobloxJson}'s
 * rules (issue #18 item 3).
 */
final class KeepingWriter {
    private final byte[] stored;

    private KeepingWriter(byte[] stored) {
        this.stored = stored;
    }

    static byte[] bytes(JsonFactory factory, JsonNode value, byte[] stored, @Nullable JsonNode parsed) {
        JsonNode storedTree;
        StoredSpans spans;
        try {
            storedTree = parsed != null ? parsed : RobloxJson.parse(stored);
            spans = StoredSpans.of(stored);
        } catch (RuntimeException | IOException notReusable) {
            return RobloxJson.write(value);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(8192, stored.length + 64));
        try (JsonGenerator g = factory.createGenerator(out)) {
            new KeepingWriter(stored).walk(g, value, storedTree, spans, new PathTrail());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void walk(JsonGenerator g, JsonNode n, @Nullable JsonNode old, @Nullable StoredSpans span,
                      PathTrail path) throws IOException {
        if (old == null || span == null) {
            RobloxJson.writeValue(g, n, path);
        } else if (n.equals(old)) {
            g.writeRawValue(new String(stored, span.start, span.end - span.start, StandardCharsets.UTF_8));
        } else if (n.isObject() && old.isObject() && span.members != null) {
            walkObject(g, n, old, span, path);
        } else if (n.isArray() && old.isArray() && span.items != null) {
            NestingLimit.check(path);
            g.writeStartArray();
            for (int i = 0; i < n.size(); i++) {
                path.push(i);
                walk(g, n.get(i), i < old.size() ? old.get(i) : null, span.item(i), path);
                path.pop();
            }
            g.writeEndArray();
        } else {
            RobloxJson.writeValue(g, n, path);
        }
    }

    private void walkObject(JsonGenerator g, JsonNode n, JsonNode old, StoredSpans span, PathTrail path)
            throws IOException {
        NestingLimit.check(path);
        boolean any = false;
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            if (e.getValue().isNull() || e.getValue().isMissingNode()) {
                continue;
            }
            if (!any) {
                g.writeStartObject();
                any = true;
            }
            path.push(e.getKey());
            RobloxJson.writeText(g, e.getKey(), true, path);
            walk(g, e.getValue(), old.get(e.getKey()), span.member(e.getKey()), path);
            path.pop();
        }
        if (any) {
            g.writeEndObject();
        } else {
            g.writeStartArray();
            g.writeEndArray();
        }
    }
}
