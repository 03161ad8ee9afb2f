package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * v2 entry writes (openapi.json): create (POST ?id=, 400 when the key exists), update (PATCH; {@code etag} in the
 * body; 409 ABORTED), increment ({@code :increment}, needs both create and update scopes) and delete.
 */
final class V2Writes {
    private final Serving serving;

    V2Writes(Serving serving) {
        this.serving = serving;
    }

    void create(Exchange ex, String u, String store, String scope) throws IOException {
        String id = ex.param("id");
        if (id == null || id.isEmpty()) {
            throw ApiError.v2(400, "INVALID_ARGUMENT", "id is required.");
        }
        write(ex, u, new EntryRef(store, scope, id), "universe-datastores.objects:create", Precondition.mustNotExist(),
                true);
    }

    void update(Exchange ex, String u, EntryRef ref) throws IOException {
        serving.requireScope(ex, u, "universe-datastores.objects:update", true);
        serving.requireActive(u, ref.store(), true);
        JsonNode body = body(ex);
        String etag = body.path("etag").asText(null);
        boolean allowMissing = "true".equalsIgnoreCase(ex.param("allowMissing"));
        if (etag == null && !allowMissing && serving.source(u).read(ref).isEmpty()) {
            throw ApiError.v2(404, "NOT_FOUND", "Entry not found.");
        }
        write(ex, u, ref, "universe-datastores.objects:update",
                etag == null || etag.isEmpty() ? Precondition.none() : Precondition.matchVersion(etag), false);
    }

    private void write(Exchange ex, String u, EntryRef ref, String scope, Precondition p, boolean create)
            throws IOException {
        Faults.Kind[] fault = new Faults.Kind[1];
        Map<String, String> h = serving.admit(ex, u, scope, Budgets.Category.WRITE, true, true, fault);
        serving.requireActive(u, ref.store(), true);
        JsonNode body = body(ex);
        if (!body.has("value")) {
            throw ApiError.v2(400, "INVALID_ARGUMENT", "value is required.");
        }
        byte[] value = body.get("value").toString().getBytes(StandardCharsets.UTF_8);
        List<Long> users = users(body);
        String attributes = body.path("attributes").isObject() ? body.get("attributes").toString() : "{}";
        try {
            Limits.checkWrite(new WriteRequest(ref, value, users, attributes, p));
        } catch (RuntimeException e) {
            throw ApiError.v2(400, "INVALID_ARGUMENT", e.getMessage());
        }
        serving.chargeWrite(u, ref, value.length);
        WriteResult r;
        try {
            r = serving.source(u).write(new WriteRequest(ref, value, users, attributes, p));
        } catch (VersionConflictException e) {
            throw create ? ApiError.v2(400, "INVALID_ARGUMENT", "The entry already exists.")
                    : ApiError.v2(409, "ABORTED", "The etag does not match the current revision.");
        }
        if (fault[0] == Faults.Kind.LOST) {
            ex.drop();
            return;
        }
        StoredEntry now = serving.source(u).readVersion(ref, r.version()).orElseThrow();
        ex.json(200, h, V2Routes.entryJson(u, now));
    }

    /** {@code amount} must be an integer (default 1); the answer is the entry after the increment. */
    void increment(Exchange ex, String u, EntryRef ref) throws IOException {
        serving.requireScope(ex, u, "universe-datastores.objects:create", true);
        Faults.Kind[] fault = new Faults.Kind[1];
        Map<String, String> h = serving.admit(ex, u, "universe-datastores.objects:update", Budgets.Category.WRITE,
                true, true, fault);
        serving.requireActive(u, ref.store(), true);
        try {
            Limits.checkRef(ref);
        } catch (RuntimeException e) {
            throw ApiError.v2(400, "INVALID_ARGUMENT", e.getMessage());
        }
        JsonNode body = body(ex);
        JsonNode amount = body.get("amount");
        if (amount != null && (!amount.isNumber() || amount.asDouble() != Math.rint(amount.asDouble())
                || !amount.canConvertToLong())) {
            throw ApiError.v2(400, "INVALID_ARGUMENT", "amount must be an integer.");
        }
        List<Long> users = users(body);
        String attributes = body.path("attributes").isObject() ? body.get("attributes").toString() : "{}";
        try {
            Limits.checkWrite(new WriteRequest(ref, new byte[] {'0'}, users, attributes, Precondition.none()));
        } catch (RuntimeException e) {
            throw ApiError.v2(400, "INVALID_ARGUMENT", e.getMessage());
        }
        serving.chargeWrite(u, ref, 20);
        StoredEntry now = Increments.apply(serving.source(u), ref, amount == null ? 1 : amount.asLong(), users,
                attributes, (code, message) -> ApiError.v2(400, "INVALID_ARGUMENT", message));
        if (fault[0] == Faults.Kind.LOST) {
            ex.drop();
            return;
        }
        ex.json(200, h, V2Routes.entryJson(u, now));
    }

    /** 200 with an empty object; 404 when the key is absent. */
    void delete(Exchange ex, String u, EntryRef ref) throws IOException {
        Faults.Kind[] fault = new Faults.Kind[1];
        Map<String, String> h = serving.admit(ex, u, "universe-datastores.objects:delete", Budgets.Category.REMOVE,
                true, true, fault);
        serving.requireActive(u, ref.store(), true);
        if (serving.source(u).read(ref).isEmpty()) {
            throw ApiError.v2(404, "NOT_FOUND", "Entry not found.");
        }
        serving.source(u).delete(ref);
        if (fault[0] == Faults.Kind.LOST) {
            ex.drop();
            return;
        }
        ex.json(200, h, JsonNodeFactory.instance.objectNode());
    }

    private static List<Long> users(JsonNode body) {
        List<Long> users = new ArrayList<>();
        for (JsonNode n : body.path("users")) {
            String t = n.asText();
            if (!t.matches("users/\\d+")) {
                throw ApiError.v2(400, "INVALID_ARGUMENT", "users must look like users/123.");
            }
            users.add(Long.parseLong(t.substring(6)));
        }
        return users;
    }

    private static JsonNode body(Exchange ex) throws IOException {
        JsonNode n = EntryCodec.parse(new String(ex.body(), StandardCharsets.UTF_8));
        if (n == null || !n.isObject()) {
            throw ApiError.v2(400, "INVALID_ARGUMENT", "The body must be a DataStoreEntry JSON object.");
        }
        return n;
    }
}
