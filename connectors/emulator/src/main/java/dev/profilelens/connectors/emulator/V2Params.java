package dev.profilelens.connectors.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** v2 path segments and list parameters (openapi.json, Cloud_* data store operations). */
final class V2Params {
    private V2Params() {
    }

    static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** {@code maxPageSize}: default 10, larger values set to {@code max}. */
    static int pageSize(Exchange ex, int max) {
        String s = ex.param("maxPageSize");
        try {
            return s == null ? 10 : Math.max(1, Math.min(max, Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            throw ApiError.v2(400, "INVALID_ARGUMENT", "maxPageSize must be a number.");
        }
    }

    /** The inner cursor of {@code pageToken}, which must come with the same other parameters (400 otherwise). */
    static @Nullable String token(Exchange ex, String query) {
        String t = ex.param("pageToken");
        if (t == null || t.isEmpty()) {
            return null;
        }
        try {
            return Cursors.decode(query, t);
        } catch (IllegalArgumentException e) {
            throw ApiError.v2(400, "INVALID_ARGUMENT", "Invalid page token: it was issued for other parameters.");
        }
    }

    static boolean showDeleted(Exchange ex) {
        return "true".equalsIgnoreCase(ex.param("showDeleted"));
    }
}
