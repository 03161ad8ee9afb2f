package dev.profilelens.connectors.emulator;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** v1 query parameters, checked with the v1 error codes (datastores-api/v1.json; spec/opencloud.md §2.10). */
final class V1Params {
    private V1Params() {
    }

    static EntryRef ref(Exchange ex) {
        String store = required(ex, "datastoreName", "InvalidDataStoreName");
        String key = required(ex, "entryKey", "InvalidEntryKey");
        String scope = ex.param("scope") == null || ex.param("scope").isEmpty() ? "global" : ex.param("scope");
        check(() -> Limits.checkName("data store name", store), "InvalidDataStoreName");
        check(() -> Limits.checkName("scope", scope), "InvalidDataStoreScope");
        check(() -> Limits.checkName("key", key), "InvalidEntryKey");
        return new EntryRef(store, scope, key);
    }

    static String required(Exchange ex, String name, String code) {
        String v = ex.param(name);
        if (v == null || v.isEmpty()) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", code, name + " is required.");
        }
        return v;
    }

    static void check(Runnable validation, String code) {
        try {
            validation.run();
        } catch (RuntimeException e) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", code, e.getMessage());
        }
    }

    static int limit(Exchange ex, int dflt) {
        String l = ex.param("limit");
        try {
            return l == null ? dflt : Math.max(1, Math.min(100, Integer.parseInt(l)));
        } catch (NumberFormatException e) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "Unknown", "limit must be a number");
        }
    }

    /** The inner cursor of {@code cursor}, bound to the call's other parameters; 400 InvalidCursor otherwise. */
    static @Nullable String cursor(Exchange ex, String query) {
        String c = ex.param("cursor");
        if (c == null || c.isEmpty()) {
            return null;
        }
        try {
            return Cursors.decode(query, c);
        } catch (IllegalArgumentException e) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "InvalidCursor", "Invalid cursor.");
        }
    }

    static @Nullable Instant time(Exchange ex, String name, String code) {
        String t = ex.param(name);
        if (t == null || t.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", code, name + " is not an ISO-8601 time");
        }
    }
}
