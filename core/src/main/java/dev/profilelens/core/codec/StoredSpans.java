package dev.profilelens.core.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where each value of a stored JSON text lies, as byte offsets, mirroring the value's structure: a table's members by
 * name, an array's items by index. {@link KeepingWriter} copies the stored text of every part an edit left alone.
 */
final class StoredSpans {
    private static final JsonFactory FACTORY = new JsonFactory();

    final int start;
    int end;
    @Nullable Map<String, StoredSpans> members;
    @Nullable List<StoredSpans> items;

    private StoredSpans(int start) {
        this.start = start;
    }

    /** The spans of a whole stored text; throws on text that is not one JSON value. */
    static StoredSpans of(byte[] utf8) throws IOException {
        try (JsonParser p = FACTORY.createParser(utf8)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new IOException("empty value");
            }
            StoredSpans root = read(p, t);
            if (p.nextToken() != null) {
                throw new IOException("content after the JSON value");
            }
            return root;
        }
    }

    @Nullable StoredSpans member(String name) {
        return members == null ? null : members.get(name);
    }

    @Nullable StoredSpans item(int index) {
        return items == null || index >= items.size() ? null : items.get(index);
    }

    private static StoredSpans read(JsonParser p, JsonToken t) throws IOException {
        StoredSpans s = new StoredSpans((int) p.currentTokenLocation().getByteOffset());
        if (t == JsonToken.START_OBJECT) {
            s.members = new HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                s.members.put(name, read(p, p.nextToken()));
            }
            s.end = (int) p.currentTokenLocation().getByteOffset() + 1;
        } else if (t == JsonToken.START_ARRAY) {
            s.items = new ArrayList<>();
            JsonToken e;
            while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                s.items.add(read(p, e));
            }
            s.end = (int) p.currentTokenLocation().getByteOffset() + 1;
        } else {
            p.finishToken();
            s.end = (int) p.currentLocation().getByteOffset();
        }
        return s;
    }
}
