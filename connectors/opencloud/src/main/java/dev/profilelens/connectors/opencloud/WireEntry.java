package dev.profilelens.connectors.opencloud;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.StoredEntry;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads entries from the wire: a v2 DataStoreEntry (value kept byte for byte) or a v1 body with headers. */
final class WireEntry {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    private WireEntry() {
    }

    static StoredEntry fromV2(EntryRef ref, byte[] body) {
        try {
            JsonNode n = JSON.readTree(body);
            List<Long> users = new ArrayList<>();
            for (JsonNode u : n.path("users")) {
                String t = u.asText();
                users.add(Long.parseLong(t.substring(t.lastIndexOf('/') + 1)));
            }
            JsonNode attrs = n.path("attributes");
            return new StoredEntry(ref, rawValue(body), n.path("revisionId").asText(), users,
                    attrs.isObject() ? attrs.toString() : "{}", time(n.path("createTime").asText()),
                    time(n.path("revisionCreateTime").asText()));
        } catch (IOException | RuntimeException e) {
            throw new InspectorException("Roblox sent an entry for " + ref + " that could not be read: "
                    + e.getMessage(), e);
        }
    }

    static StoredEntry fromV1(EntryRef ref, byte[] body, HttpHeaders h) {
        List<Long> users = new ArrayList<>();
        String ids = h.firstValue("roblox-entry-userids").orElse("[]").replaceAll("[\\[\\]\\s]", "");
        if (!ids.isEmpty()) {
            Arrays.stream(ids.split(",")).map(Long::valueOf).forEach(users::add);
        }
        return new StoredEntry(ref, body, h.firstValue("roblox-entry-version").orElse(""), users,
                h.firstValue("roblox-entry-attributes").orElse("{}"),
                time(h.firstValue("roblox-entry-created-time").orElse("1970-01-01T00:00:00Z")),
                time(h.firstValue("roblox-entry-version-created-time").orElse("1970-01-01T00:00:00Z")));
    }

    /** The exact bytes of the top-level {@code value} member: numbers keep their spelling, members their order. */
    static byte[] rawValue(byte[] body) throws IOException {
        try (JsonParser p = FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("value")) {
                    int start = (int) p.currentTokenLocation().getByteOffset();
                    if (t.isStructStart()) {
                        p.skipChildren();
                    } else {
                        p.finishToken(); // strings are read lazily: without this the end is just past the quote
                    }
                    int end = (int) p.currentLocation().getByteOffset();
                    return Arrays.copyOfRange(body, start, end);
                }
                if (t.isStructStart()) {
                    p.skipChildren();
                }
            }
            throw new IOException("no value member");
        }
    }

    static Instant time(String text) {
        if (text == null || text.isEmpty()) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }
}
