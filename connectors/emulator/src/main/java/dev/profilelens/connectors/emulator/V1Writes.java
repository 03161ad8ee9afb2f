package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * v1 Set, Increment and Delete Entry (datastores-api/v1.json): the scope depends on whether the key exists, and a
 * write into a store that does not exist yet also needs {@code universe-datastores.control:create}.
 */
final class V1Writes {
    private final Serving serving;

    V1Writes(Serving serving) {
        this.serving = serving;
    }

    /** Checks the scopes of a write that may create the key or the store; returns the rate headers. */
    private Map<String, String> admitWrite(Exchange ex, String universe, EntryRef ref, Faults.Kind[] fault) {
        boolean exists = serving.source(universe).read(ref).isPresent();
        if (serving.store(universe, ref.store()).isEmpty()) {
            serving.requireScope(ex, universe, "universe-datastores.control:create", false);
        }
        return serving.admit(ex, universe, exists ? "universe-datastores.objects:update"
                : "universe-datastores.objects:create", Budgets.Category.V1_WRITE, false, true, fault);
    }

    void set(Exchange ex, String universe) throws IOException {
        EntryRef ref = V1Params.ref(ex);
        Faults.Kind[] fault = new Faults.Kind[1];
        Map<String, String> h = admitWrite(ex, universe, ref, fault);
        serving.requireActive(universe, ref.store(), false);
        byte[] body = ex.body();
        String match = ex.param("matchVersion");
        boolean exclusive = "true".equalsIgnoreCase(ex.param("exclusiveCreate"));
        if (match != null && exclusive) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "ExclusiveCreateAndMatchVersionCannotBeSet",
                    "exclusiveCreate and matchVersion cannot both be set.");
        }
        if (body.length > Limits.MAX_VALUE_BYTES) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "ContentTooBig", "The content is too big.");
        }
        String md5 = ex.header("content-md5");
        if (md5 != null && !md5.equals(EntryCodec.md5(body))) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "ChecksumMismatch", "content-md5 does not match the body.");
        }
        if (!EntryCodec.isJson(body)) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "ContentNotJson", "The content is not valid JSON.");
        }
        List<Long> users = EntryCodec.userIds(ex.header("roblox-entry-userids"));
        String attributes = EntryCodec.attributes(ex.header("roblox-entry-attributes"));
        serving.chargeV1(universe, body.length, true);
        Precondition p = match != null ? Precondition.matchVersion(match)
                : exclusive ? Precondition.mustNotExist() : Precondition.none();
        SqliteProfileSource source = serving.source(universe);
        WriteResult r;
        try {
            r = source.write(new WriteRequest(ref, body, users, attributes, p));
        } catch (VersionConflictException e) {
            StoredEntry cur = e.current();
            if (cur == null) {
                ex.send(412, h, new byte[0], "application/json");
            } else {
                h.putAll(EntryCodec.v1Headers(cur));
                ex.send(412, h, cur.value(), "application/json");
            }
            return;
        }
        if (fault[0] == Faults.Kind.LOST) {
            ex.drop();
            return;
        }
        StoredEntry now = source.readVersion(ref, r.version()).orElseThrow();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("version", now.version());
        out.put("deleted", false);
        out.put("contentLength", body.length);
        out.put("createdTime", Times.iso(now.updated()));
        out.put("objectCreatedTime", Times.iso(now.created()));
        ex.json(200, h, out);
    }

    /** {@code incrementBy} (int64, default 1); the answer is the new value with the Get Entry headers. */
    void increment(Exchange ex, String universe) throws IOException {
        if (!ex.method().equals("POST")) {
            throw ApiError.v1(405, "INVALID_ARGUMENT", "Unknown", "Method not allowed");
        }
        EntryRef ref = V1Params.ref(ex);
        Faults.Kind[] fault = new Faults.Kind[1];
        Map<String, String> h = admitWrite(ex, universe, ref, fault);
        serving.requireActive(universe, ref.store(), false);
        long by;
        try {
            by = ex.param("incrementBy") == null ? 1 : Long.parseLong(ex.param("incrementBy").strip());
        } catch (NumberFormatException e) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "Unknown", "incrementBy must be an integer.");
        }
        if (serving.source(universe).read(ref).isEmpty() && !serving.source(universe).listVersions(ref,
                new VersionQuery(null, null, true), null, 1).items().isEmpty()) {
            ex.send(204, h, new byte[0], null); // v1.json, Increment Entry: "The key is marked as deleted."
            return;
        }
        List<Long> users = EntryCodec.userIds(ex.header("roblox-entry-userids"));
        String attributes = EntryCodec.attributes(ex.header("roblox-entry-attributes"));
        serving.chargeV1(universe, 20, true);
        StoredEntry now = Increments.apply(serving.source(universe), ref, by, users, attributes,
                (code, message) -> ApiError.v1(400, "INVALID_ARGUMENT", code, message));
        if (fault[0] == Faults.Kind.LOST) {
            ex.drop();
            return;
        }
        h.putAll(EntryCodec.v1Headers(now));
        ex.send(200, h, now.value(), "application/json");
    }

    void delete(Exchange ex, String universe) throws IOException {
        Faults.Kind[] fault = new Faults.Kind[1];
        Map<String, String> h = serving.admit(ex, universe, "universe-datastores.objects:delete",
                Budgets.Category.V1_WRITE, false, true, fault);
        EntryRef ref = V1Params.ref(ex);
        serving.requireActive(universe, ref.store(), false);
        SqliteProfileSource source = serving.source(universe);
        if (source.read(ref).isEmpty()) {
            throw ApiError.v1(404, "NOT_FOUND", "EntryNotFound", "Entry not found in the datastore.");
        }
        source.delete(ref);
        if (fault[0] == Faults.Kind.LOST) {
            ex.drop();
            return;
        }
        ex.send(204, h, new byte[0], null);
    }
}
