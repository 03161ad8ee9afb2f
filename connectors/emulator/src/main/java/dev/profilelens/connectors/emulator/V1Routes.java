package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The v1 standard data store endpoints (spec/opencloud.md §2), names and keys in the query string. */
final class V1Routes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Serving serving;

    V1Routes(Serving serving) {
        this.serving = serving;
    }

    /** {@code tail} is the path after {@code /standard-datastores}. */
    void handle(Exchange ex, String universe, String tail) throws IOException {
        String m = ex.method();
        switch (tail) {
            case "" -> listStores(ex, universe);
            case "/datastore/entries" -> listKeys(ex, universe);
            case "/datastore/entries/entry" -> {
                switch (m) {
                    case "GET" -> getEntry(ex, universe);
                    case "POST" -> setEntry(ex, universe);
                    case "DELETE" -> deleteEntry(ex, universe);
                    default -> throw ApiError.v1(405, "INVALID_ARGUMENT", "Unknown", "Method not allowed");
                }
            }
            case "/datastore/entries/entry/versions" -> listVersions(ex, universe);
            case "/datastore/entries/entry/versions/version" -> getVersion(ex, universe);
            default -> throw ApiError.v1(404, "NOT_FOUND", "Unknown", "No such endpoint: " + tail);
        }
    }

    private EntryRef ref(Exchange ex) {
        String store = required(ex, "datastoreName", "InvalidDataStoreName");
        String key = required(ex, "entryKey", "InvalidEntryKey");
        String scope = ex.param("scope") == null || ex.param("scope").isEmpty() ? "global" : ex.param("scope");
        check(() -> Limits.checkName("data store name", store), "InvalidDataStoreName");
        check(() -> Limits.checkName("scope", scope), "InvalidDataStoreScope");
        check(() -> Limits.checkName("key", key), "InvalidEntryKey");
        return new EntryRef(store, scope, key);
    }

    private static String required(Exchange ex, String name, String code) {
        String v = ex.param(name);
        if (v == null || v.isEmpty()) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", code, name + " is required.");
        }
        return v;
    }

    private static void check(Runnable validation, String code) {
        try {
            validation.run();
        } catch (RuntimeException e) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", code, e.getMessage());
        }
    }

    private static int limit(Exchange ex, int dflt) {
        String l = ex.param("limit");
        try {
            return l == null ? dflt : Math.max(1, Math.min(100, Integer.parseInt(l)));
        } catch (NumberFormatException e) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "Unknown", "limit must be a number");
        }
    }

    private String cursor(Exchange ex, String query) {
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

    private void listStores(Exchange ex, String universe) throws IOException {
        Map<String, String> h = serving.admit(ex, universe, "universe-datastores.control:list", Budgets.Category.LIST,
                false, false);
        String prefix = ex.param("prefix") == null ? "" : ex.param("prefix");
        String q = "stores:" + prefix;
        Page<DataStoreInfo> page = serving.page(q, cursor(ex, q), limit(ex, 1), ex.has("cursor"),
                (c, n) -> serving.source(universe).listDataStores(prefix, c, n));
        ObjectNode out = NODES.objectNode();
        ArrayNode list = out.putArray("datastores");
        page.items().forEach(s -> list.addObject().put("name", s.name())
                .put("createdTime", s.created() == null ? null : s.created().toString()));
        out.put("nextPageCursor", page.nextCursor() == null ? "" : page.nextCursor());
        ex.json(200, h, out);
    }

    private void listKeys(Exchange ex, String universe) throws IOException {
        Map<String, String> h = serving.admit(ex, universe, "universe-datastores.objects:list", Budgets.Category.LIST,
                false, false);
        String store = required(ex, "datastoreName", "InvalidDataStoreName");
        boolean all = "true".equalsIgnoreCase(ex.param("allScopes"));
        if (all && ex.param("scope") != null) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "InvalidDataStoreScope",
                    "scope and allScopes cannot both be set.");
        }
        String scope = all ? null : ex.param("scope") == null ? "global" : ex.param("scope");
        String prefix = ex.param("prefix") == null ? "" : ex.param("prefix");
        String q = "keys:" + store + ":" + scope + ":" + prefix;
        Page<EntryRef> page = serving.page(q, cursor(ex, q), limit(ex, 16), ex.has("cursor"),
                (c, n) -> serving.source(universe).listKeys(store, scope, prefix, c, n));
        ObjectNode out = NODES.objectNode();
        ArrayNode keys = out.putArray("keys");
        page.items().forEach(r -> keys.addObject().put("scope", r.scope()).put("key", r.key()));
        out.put("nextPageCursor", page.nextCursor() == null ? "" : page.nextCursor());
        ex.json(200, h, out);
    }

    private void getEntry(Exchange ex, String universe) throws IOException {
        Map<String, String> h = serving.admit(ex, universe, "universe-datastores.objects:read", Budgets.Category.READ,
                false, false);
        EntryRef ref = ref(ex);
        StoredEntry e = serving.source(universe).read(ref).orElseThrow(() -> ApiError.v1(404, "NOT_FOUND",
                "EntryNotFound", "Entry not found in the datastore."));
        serving.chargeRead(universe, ref, e.sizeBytes(), false);
        h.putAll(EntryCodec.v1Headers(e));
        ex.send(200, h, e.value(), "application/json");
    }

    private void setEntry(Exchange ex, String universe) throws IOException {
        EntryRef ref = ref(ex);
        ProfileSource source = serving.source(universe);
        boolean exists = source.read(ref).isPresent();
        String scope = exists ? "universe-datastores.objects:update" : "universe-datastores.objects:create";
        Faults.Kind[] fault = new Faults.Kind[1];
        Map<String, String> h = serving.admit(ex, universe, scope, Budgets.Category.WRITE, false, true, fault);
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
        serving.chargeWrite(universe, ref, body.length, false);
        Precondition p = match != null ? Precondition.matchVersion(match)
                : exclusive ? Precondition.mustNotExist() : Precondition.none();
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
        ObjectNode out = NODES.objectNode();
        out.put("version", r.version());
        out.put("deleted", false);
        out.put("contentLength", body.length);
        out.put("createdTime", r.created().toString());
        out.put("objectCreatedTime", now.created().toString());
        ex.json(200, h, out);
    }

    private void deleteEntry(Exchange ex, String universe) throws IOException {
        Faults.Kind[] fault = new Faults.Kind[1];
        Map<String, String> h = serving.admit(ex, universe, "universe-datastores.objects:delete",
                Budgets.Category.REMOVE, false, true, fault);
        EntryRef ref = ref(ex);
        ProfileSource source = serving.source(universe);
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

    private void listVersions(Exchange ex, String universe) throws IOException {
        Map<String, String> h = serving.admit(ex, universe, "universe-datastores.versions:list",
                Budgets.Category.LIST, false, false);
        EntryRef ref = ref(ex);
        String order = ex.param("sortOrder") == null ? "Ascending" : ex.param("sortOrder");
        if (!order.equals("Ascending") && !order.equals("Descending")) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "InvalidSortOrder", "sortOrder must be Ascending or Descending");
        }
        Instant start = time(ex, "startTime", "InvalidStartTime");
        Instant end = time(ex, "endTime", "InvalidEndTime");
        VersionQuery vq = new VersionQuery(start, end, order.equals("Descending"));
        String q = "versions:" + ref + ":" + vq;
        Page<VersionInfo> page = serving.page(q, cursor(ex, q), limit(ex, 16), ex.has("cursor"),
                (c, n) -> serving.source(universe).listVersions(ref, vq, c, n));
        Optional<StoredEntry> entryNow = serving.source(universe).read(ref);
        ObjectNode out = NODES.objectNode();
        ArrayNode list = out.putArray("versions");
        for (VersionInfo v : page.items()) {
            list.addObject().put("version", v.version()).put("deleted", v.deleted())
                    .put("contentLength", v.contentLength()).put("createdTime", v.created().toString())
                    .put("objectCreatedTime", entryNow.map(e -> e.created().toString()).orElse(v.created().toString()));
        }
        out.put("nextPageCursor", page.nextCursor() == null ? "" : page.nextCursor());
        ex.json(200, h, out);
    }

    private static Instant time(Exchange ex, String name, String code) {
        String t = ex.param(name);
        if (t == null || t.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", code, name + " is not an ISO-8601 time");
        }
    }

    private void getVersion(Exchange ex, String universe) throws IOException {
        Map<String, String> h = serving.admit(ex, universe, "universe-datastores.versions:read",
                Budgets.Category.READ, false, false);
        EntryRef ref = ref(ex);
        String id = required(ex, "versionId", "InvalidVersionId");
        if (dev.profilelens.core.store.VersionIds.sequenceOf(id) < 0) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "InvalidVersionId", "Invalid version id.");
        }
        StoredEntry e = serving.source(universe).readVersion(ref, id).orElseThrow(() -> ApiError.v1(404,
                "NOT_FOUND", "VersionNotFound", "Version not found."));
        h.putAll(EntryCodec.v1Headers(e));
        ex.send(200, h, e.value(), "application/json");
    }
}
