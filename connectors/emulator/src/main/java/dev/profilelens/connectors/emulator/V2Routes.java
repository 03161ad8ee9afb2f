package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionIds;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The v2 data store endpoints (Roblox/creator-docs b0bf2f1, {@code openapi.json}): stores ({@link V2Stores}),
 * entries (list, get with {@code @revision} / {@code @latest[:time]}, {@link V2Writes}) and revisions.
 */
final class V2Routes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long MAX_FUTURE_MS = 10 * 60_000;
    private final Serving serving;
    private final V2Writes writes;
    private final V2Stores stores;

    V2Routes(Serving serving) {
        this.serving = serving;
        this.writes = new V2Writes(serving);
        this.stores = new V2Stores(serving);
    }

    /** {@code tail} is the path after {@code /data-stores}. */
    void handle(Exchange ex, String universe, String tail) throws IOException {
        if (tail.isEmpty() || tail.equals(":snapshot")) {
            stores.handle(ex, universe, tail);
            return;
        }
        String[] seg = tail.substring(1).split("/", -1);
        if (seg.length == 1) {
            stores.handle(ex, universe, "/" + decode(seg[0]));
            return;
        }
        String store = decode(seg[0]);
        int i = 1;
        String scope = "global";
        if (seg.length > i + 1 && seg[i].equals("scopes")) {
            scope = decode(seg[i + 1]);
            i += 2;
        }
        if (seg.length <= i || !seg[i].equals("entries") || seg.length > i + 2) {
            throw ApiError.v2(404, "NOT_FOUND", "No such resource.");
        }
        if (seg.length == i + 1) {
            if (ex.method().equals("POST")) {
                writes.create(ex, universe, store, scope);
            } else {
                listEntries(ex, universe, store, scope);
            }
            return;
        }
        entry(ex, universe, store, scope, decode(seg[i + 1]));
    }

    private void entry(Exchange ex, String universe, String store, String scope, String entry) throws IOException {
        if (entry.endsWith(":listRevisions")) {
            listRevisions(ex, universe, new EntryRef(store, scope, entry.substring(0, entry.length() - 14)));
            return;
        }
        if (entry.endsWith(":increment") && ex.method().equals("POST")) {
            writes.increment(ex, universe, new EntryRef(store, scope, entry.substring(0, entry.length() - 10)));
            return;
        }
        switch (ex.method()) {
            case "GET" -> get(ex, universe, store, scope, entry);
            case "PATCH" -> writes.update(ex, universe, new EntryRef(store, scope, entry));
            case "DELETE" -> writes.delete(ex, universe, new EntryRef(store, scope, entry));
            default -> throw ApiError.v2(405, "INVALID_ARGUMENT", "Method not allowed.");
        }
    }

    static String decode(String segment) {
        return V2Params.decode(segment);
    }

    /** Tombstoned entries only with {@code showDeleted=true}; the wildcard scope {@code -} lists every scope. */
    private void listEntries(Exchange ex, String u, String store, String scope) throws IOException {
        Map<String, String> h = serving.admit(ex, u, "universe-datastores.objects:list", Budgets.Category.LIST,
                true, false);
        serving.requireActive(u, store, true);
        String prefix = CelPrefix.parse(ex.param("filter"));
        String sc = scope.equals("-") ? null : scope;
        boolean deleted = V2Params.showDeleted(ex);
        String q = Serving.boundQuery(ex, "v2entries", "pageToken");
        Page<EntryRef> page = serving.page(q, V2Params.token(ex, q), V2Params.pageSize(ex, 256),
                ex.has("pageToken"), (c, n) -> serving.source(u).listKeys(store, sc, prefix, c, n, deleted));
        ObjectNode out = NODES.objectNode();
        ArrayNode list = out.putArray("dataStoreEntries");
        for (EntryRef r : page.items()) {
            list.addObject().put("path", path(u, r)).put("id", r.key());
        }
        out.put("nextPageToken", page.nextCursor() == null ? "" : page.nextCursor());
        ex.json(200, h, out);
    }

    static String path(String u, EntryRef r) {
        return "universes/" + u + "/data-stores/" + r.store() + "/scopes/" + r.scope() + "/entries/" + r.key();
    }

    private void get(Exchange ex, String u, String store, String scope, String entry) throws IOException {
        Map<String, String> h = serving.admit(ex, u, "universe-datastores.objects:read", Budgets.Category.READ,
                true, false);
        int at = entry.lastIndexOf('@');
        String key = at < 0 ? entry : entry.substring(0, at);
        String suffix = at < 0 ? "latest" : entry.substring(at + 1);
        EntryRef ref = new EntryRef(store, scope, key);
        try {
            Limits.checkRef(ref);
        } catch (RuntimeException e) {
            throw ApiError.v2(400, "INVALID_ARGUMENT", e.getMessage());
        }
        serving.requireActive(u, store, true);
        StoredEntry e;
        if (suffix.equals("latest")) {
            e = serving.source(u).read(ref).orElseThrow(() -> ApiError.v2(404, "NOT_FOUND", "Entry not found."));
        } else if (suffix.startsWith("latest:")) {
            e = atTime(u, ref, suffix.substring(7));
        } else {
            if (VersionIds.sequenceOf(suffix) < 0) {
                throw ApiError.v2(400, "INVALID_ARGUMENT", "Invalid version id.");
            }
            e = serving.source(u).readVersion(ref, suffix).orElseThrow(() -> ApiError.v2(404, "NOT_FOUND",
                    "Revision not found."));
        }
        serving.chargeRead(u, ref, e.sizeBytes());
        ex.json(200, h, entryJson(u, e));
    }

    /** {@code @latest:<time>}: the time must be after 1970 and at most ten minutes ahead (openapi.json). */
    private StoredEntry atTime(String u, EntryRef ref, String time) {
        Instant t;
        try {
            t = OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException ex) {
            throw ApiError.v2(400, "INVALID_ARGUMENT", "Invalid timestamp.");
        }
        if (!t.isAfter(Instant.EPOCH) || t.toEpochMilli() > System.currentTimeMillis() + MAX_FUTURE_MS) {
            throw ApiError.v2(400, "INVALID_ARGUMENT", "The timestamp must be after 1970 and at most ten minutes "
                    + "in the future.");
        }
        Page<VersionInfo> v = serving.source(u).listVersions(ref, new VersionQuery(null, t, true), null, 1);
        if (v.items().isEmpty() || v.items().get(0).deleted()) {
            throw ApiError.v2(404, "NOT_FOUND", "Entry not found at that time.");
        }
        return serving.source(u).readVersion(ref, v.items().get(0).version()).orElseThrow();
    }

    static ObjectNode entryJson(String u, StoredEntry e) {
        ObjectNode o = NODES.objectNode();
        o.put("path", path(u, e.ref()));
        o.put("id", e.ref().key());
        o.put("createTime", Times.iso(e.created()));
        o.put("revisionId", e.version());
        o.put("revisionCreateTime", Times.iso(e.updated()));
        o.put("state", "ACTIVE");
        o.put("etag", e.version());
        o.putRawValue("value", new RawValue(new String(e.value(), StandardCharsets.UTF_8)));
        ArrayNode users = o.putArray("users");
        e.userIds().forEach(id -> users.add("users/" + id));
        JsonNode attrs = EntryCodec.parse(e.attributesJson());
        o.set("attributes", attrs == null ? NODES.objectNode() : attrs);
        return o;
    }

    /** Revisions newest first with path, id, createTime, revisionId, revisionCreateTime, etag and state. */
    private void listRevisions(Exchange ex, String u, EntryRef ref) throws IOException {
        Map<String, String> h = serving.admit(ex, u, "universe-datastores.versions:list", Budgets.Category.LIST,
                true, false);
        serving.requireActive(u, ref.store(), true);
        VersionQuery vq = RevisionFilter.parse(ex.param("filter"));
        String q = Serving.boundQuery(ex, "v2revisions", "pageToken");
        Page<VersionInfo> page = serving.page(q, V2Params.token(ex, q), V2Params.pageSize(ex, 100),
                ex.has("pageToken"), (c, n) -> serving.source(u).listVersions(ref, vq, c, n));
        ObjectNode out = NODES.objectNode();
        ArrayNode list = out.putArray("dataStoreEntries");
        for (VersionInfo v : page.items()) {
            Instant created = VersionIds.entryCreatedOf(v.version());
            list.addObject().put("path", path(u, ref) + "@" + v.version()).put("id", ref.key() + "@" + v.version())
                    .put("createTime", Times.iso(created == null ? v.created() : created))
                    .put("revisionId", v.version()).put("etag", v.version())
                    .put("revisionCreateTime", Times.iso(v.created())).put("state", v.deleted() ? "DELETED" : "ACTIVE");
        }
        out.put("nextPageToken", page.nextCursor() == null ? "" : page.nextCursor());
        ex.json(200, h, out);
    }
}
