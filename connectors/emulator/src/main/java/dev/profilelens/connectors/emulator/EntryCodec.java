package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilelens.core.store.StoredEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Entry metadata in the service's wire forms: v1 {@code roblox-entry-*} headers, MD5, user id lists. */
final class EntryCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EntryCodec() {
    }

    static String md5(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> v1Headers(StoredEntry e) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("content-md5", md5(e.value()));
        h.put("roblox-entry-version", e.version());
        h.put("roblox-entry-created-time", Times.iso(e.created()));
        h.put("roblox-entry-version-created-time", Times.iso(e.updated()));
        h.put("last-modified", Times.httpDate(e.updated()));
        if (!e.attributesJson().isBlank() && !e.attributesJson().equals("{}")) {
            h.put("roblox-entry-attributes", e.attributesJson());
        }
        h.put("roblox-entry-userids", "[" + e.userIds().stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + "]");
        return h;
    }

    /** Parses the {@code roblox-entry-userids} header (a JSON array); absent means none. */
    static List<Long> userIds(@Nullable String header) {
        List<Long> out = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return out;
        }
        JsonNode arr = parse(header);
        if (arr == null || !arr.isArray()) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "InvalidUserIds", "roblox-entry-userids must be a JSON array");
        }
        for (JsonNode n : arr) {
            if (!n.canConvertToLong()) {
                throw ApiError.v1(400, "INVALID_ARGUMENT", "InvalidUserIds", "User ids must be integers");
            }
            out.add(n.asLong());
        }
        if (out.size() > 4) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "InvalidUserIds", "At most 4 user ids");
        }
        return out;
    }

    /** Checks the {@code roblox-entry-attributes} header (a JSON object under 300 bytes); absent means none. */
    static String attributes(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return "{}";
        }
        JsonNode obj = parse(header);
        if (obj == null || !obj.isObject() || header.getBytes(StandardCharsets.UTF_8).length >= 300) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "InvalidAttributes",
                    "roblox-entry-attributes must be a JSON object of less than 300 bytes");
        }
        return obj.toString();
    }

    static @Nullable JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    static boolean isJson(byte[] body) {
        try (var p = JSON.getFactory().createParser(body)) {
            JSON.readTree(p);
            return p.nextToken() == null && body.length > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
