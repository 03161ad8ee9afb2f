package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionIds;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The v1 standard data store endpoints (Roblox/creator-docs b0bf2f1, {@code datastores-api/v1.json}): names and keys
 * in the query string, the legacy buckets of {@code cloud/guides/data-stores/throttling.md}.
 */
final class V1Routes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Serving serving;
    private final V1Writes writes;

    V1Routes(Serving serving) {
        this.serving = serving;
        this.writes = new V1Writes(serving);
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
                    case "POST" -> writes.set(ex, universe);
                    case "DELETE" -> writes.delete(ex, universe);
                    default -> throw ApiError.v1(405, "INVALID_ARGUMENT", "Unknown", "Method not allowed");
                }
            }
            case "/datastore/entries/entry/increment" -> writes.increment(ex, universe);
            case "/datastore/entries/entry/versions" -> listVersions(ex, universe);
            case "/datastore/entries/entry/versions/version" -> getVersion(ex, universe);
            default -> throw ApiError.v1(404, "NOT_FOUND", "Unknown", "No such endpoint: " + tail);
        }
    }

    private void listStores(Exchange ex, String universe) throws IOException {
        Map<String, String> h = serving.admit(ex, universe, "universe-datastores.control:list",
                Budgets.Category.V1_READ, false, false);
        String prefix = ex.param("prefix") == null ? "" : ex.param("prefix");
        String q = Serving.boundQuery(ex, "stores", "cursor");
        StoreStates states = serving.states(universe);
        Page<DataStoreInfo> page = serving.page(q, V1Params.cursor(ex, q), V1Params.limit(ex, 1), ex.has("cursor"),
                (c, n) -> V2Stores.active(serving.source(universe).listDataStores(prefix, c, n), states));
        ObjectNode out = NODES.objectNode();
        ArrayNode list = out.putArray("datastores");
        page.items().forEach(s -> list.addObject().put("name", s.name())
                .put("createdTime", s.created() == null ? null : Times.iso(s.created())));
        out.put("nextPageCursor", page.nextCursor() == null ? "" : page.nextCursor());
        ex.json(200, h, out);
    }

    /** Keys deleted but not yet purged are still listed (creator-docs, List Entries). */
    private void listKeys(Exchange ex, String universe) throws IOException {
        Map<String, String> h = serving.admit(ex, universe, "universe-datastores.objects:list",
                Budgets.Category.V1_READ, false, false);
        String store = V1Params.required(ex, "datastoreName", "InvalidDataStoreName");
        serving.requireActive(universe, store, false);
        boolean all = "true".equalsIgnoreCase(ex.param("allScopes"));
        if (all && ex.param("scope") != null) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "InvalidDataStoreScope",
                    "scope and allScopes cannot both be set.");
        }
        String scope = all ? null : ex.param("scope") == null ? "global" : ex.param("scope");
        String prefix = ex.param("prefix") == null ? "" : ex.param("prefix");
        String q = Serving.boundQuery(ex, "keys", "cursor");
        Page<EntryRef> page = serving.page(q, V1Params.cursor(ex, q), V1Params.limit(ex, 16), ex.has("cursor"),
                (c, n) -> serving.source(universe).listKeys(store, scope, prefix, c, n, true));
        ObjectNode out = NODES.objectNode();
        ArrayNode keys = out.putArray("keys");
        page.items().forEach(r -> keys.addObject().put("scope", r.scope()).put("key", r.key()));
        out.put("nextPageCursor", page.nextCursor() == null ? "" : page.nextCursor());
        ex.json(200, h, out);
    }

    /**
     * 404 for a missing key and for one marked deleted: v1.json's Get Entry text says so ("Entries marked deleted
     * with a tombstone version will return 404"), although its response table also lists a 204.
     */
    private void getEntry(Exchange ex, String universe) throws IOException {
        Map<String, String> h = serving.admit(ex, universe, "universe-datastores.objects:read",
                Budgets.Category.V1_READ, false, false);
        EntryRef ref = V1Params.ref(ex);
        serving.requireActive(universe, ref.store(), false);
        Optional<StoredEntry> e = serving.source(universe).read(ref);
        if (e.isEmpty()) {
            throw ApiError.v1(404, "NOT_FOUND", "EntryNotFound", "Entry not found in the datastore.");
        }
        serving.chargeV1(universe, e.get().sizeBytes(), false);
        h.putAll(EntryCodec.v1Headers(e.get()));
        ex.send(200, h, e.get().value(), "application/json");
    }

    private void listVersions(Exchange ex, String universe) throws IOException {
        Map<String, String> h = serving.admit(ex, universe, "universe-datastores.versions:list",
                Budgets.Category.V1_READ, false, false);
        EntryRef ref = V1Params.ref(ex);
        if (serving.store(universe, ref.store()).isEmpty()) {
            throw ApiError.v1(404, "NOT_FOUND", "DatastoreNotFound", "Datastore not found.");
        }
        serving.requireActive(universe, ref.store(), false);
        String order = ex.param("sortOrder") == null ? "Ascending" : ex.param("sortOrder");
        if (!order.equals("Ascending") && !order.equals("Descending")) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "InvalidSortOrder", "sortOrder must be Ascending or Descending");
        }
        Instant start = V1Params.time(ex, "startTime", "InvalidStartTime");
        Instant end = V1Params.time(ex, "endTime", "InvalidEndTime");
        VersionQuery vq = new VersionQuery(start, end, order.equals("Descending"));
        String q = Serving.boundQuery(ex, "versions", "cursor");
        Page<VersionInfo> page = serving.page(q, V1Params.cursor(ex, q), V1Params.limit(ex, 16), ex.has("cursor"),
                (c, n) -> serving.source(universe).listVersions(ref, vq, c, n));
        ObjectNode out = NODES.objectNode();
        ArrayNode list = out.putArray("versions");
        for (VersionInfo v : page.items()) {
            Instant created = VersionIds.entryCreatedOf(v.version());
            list.addObject().put("version", v.version()).put("deleted", v.deleted())
                    .put("contentLength", v.contentLength()).put("createdTime", Times.iso(v.created()))
                    .put("objectCreatedTime", Times.iso(created == null ? v.created() : created));
        }
        out.put("nextPageCursor", page.nextCursor() == null ? "" : page.nextCursor());
        ex.json(200, h, out);
    }

    /** Get Entry Version has its own limit per API key (v1.json {@code x-roblox-throttling-limit}). */
    private void getVersion(Exchange ex, String universe) throws IOException {
        Map<String, String> h = serving.admit(ex, universe, "universe-datastores.versions:read", null, false, false);
        EntryRef ref = V1Params.ref(ex);
        serving.requireActive(universe, ref.store(), false);
        String id = V1Params.required(ex, "versionId", "InvalidVersionId");
        if (VersionIds.sequenceOf(id) < 0) {
            throw ApiError.v1(400, "INVALID_ARGUMENT", "InvalidVersionId", "Invalid version id.");
        }
        StoredEntry e = serving.source(universe).readVersion(ref, id).orElseThrow(() -> ApiError.v1(404,
                "NOT_FOUND", "VersionNotFound", "Version not found."));
        h.putAll(EntryCodec.v1Headers(e));
        ex.send(200, h, e.value(), "application/json");
    }
}
