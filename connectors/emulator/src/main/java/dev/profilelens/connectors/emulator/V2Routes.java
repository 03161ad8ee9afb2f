package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The v2 data store endpoints the client uses (spec/opencloud.md §3): list, get (@rev), delete, revisions. */
final class V2Routes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern STARTS_WITH = Pattern.compile("id\\.startsWith\\(\"(.*)\"\\)");
    private final Serving serving;
    private final V2Writes writes;

    V2Routes(Serving serving) {
        this.serving = serving;
        this.writes = new V2Writes(serving);
    }

    /** {@code tail} is the path after {@code /data-stores}. */
    void handle(Exchange ex, String universe, String tail) throws IOException {
        if (tail.isEmpty()) {
            listStores(ex, universe);
            return;
        }
        String[] seg = tail.substring(1).split("/", -1);
        String store = decode(seg[0]);
        int i = 1;
        String scope = "global";
        if (seg.length > i + 1 && seg[i].equals("scopes")) {
            scope = decode(seg[i + 1]);
            i += 2;
        }
        if (seg.length <= i || !seg[i].equals("entries")) {
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
        String entry = decode(seg[i + 1]);
        if (entry.endsWith(":listRevisions")) {
            listRevisions(ex, universe, new EntryRef(store, scope, entry.substring(0, entry.length() - 14)));
            return;
        }
        switch (ex.method()) {
            case "GET" -> get(ex, universe, store, scope, entry);
            case "PATCH" -> writes.update(ex, universe, new EntryRef(store, scope, entry));
            case "DELETE" -> delete(ex, universe, new EntryRef(store, scope, entry));
            default -> throw ApiError.v2(405, "INVALID_ARGUMENT", "Method not allowed.");
        }
    }

    static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String prefix(Exchange ex) {
        String f = ex.param("filter");
        if (f == null || f.isBlank()) {
            return "";
        }
        Matcher m = STARTS_WITH.matcher(f.strip());
        if (!m.matches()) {
            throw ApiError.v2(400, "INVALID_ARGUMENT", "The provided filter is invalid.");
        }
        return m.group(1);
    }

    private static int pageSize(Exchange ex, int max) {
        String s = ex.param("maxPageSize");
        try {
            return s == null ? 10 : Math.max(1, Math.min(max, Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            throw ApiError.v2(400, "INVALID_ARGUMENT", "maxPageSize must be a number.");
        }
    }

    private static String token(Exchange ex, String query) {
        String t = ex.param("pageToken");
        if (t == null || t.isEmpty()) {
            return null;
        }
        try {
            return Cursors.decode(query, t);
        } catch (IllegalArgumentException e) {
            throw ApiError.v2(400, "INVALID_ARGUMENT", "Invalid page token.");
        }
    }

    private void listStores(Exchange ex, String u) throws IOException {
        Map<String, String> h = serving.admit(ex, u, "universe-datastores.control:list", Budgets.Category.LIST,
                true, false);
        String prefix = prefix(ex);
        String q = "v2stores:" + prefix;
        Page<DataStoreInfo> page = serving.page(q, token(ex, q), pageSize(ex, 100), ex.has("pageToken"),
                (c, n) -> serving.source(u).listDataStores(prefix, c, n));
        ObjectNode out = NODES.objectNode();
        ArrayNode list = out.putArray("dataStores");
        for (DataStoreInfo s : page.items()) {
            list.addObject().put("path", "universes/" + u + "/data-stores/" + s.name()).put("id", s.name())
                    .put("createTime", s.created() == null ? null : s.created().toString()).put("state", "ACTIVE");
        }
        out.put("nextPageToken", page.nextCursor() == null ? "" : page.nextCursor());
        ex.json(200, h, out);
    }

    private void listEntries(Exchange ex, String u, String store, String scope) throws IOException {
        Map<String, String> h = serving.admit(ex, u, "universe-datastores.objects:list", Budgets.Category.LIST,
                true, false);
        String prefix = prefix(ex);
        String sc = scope.equals("-") ? null : scope;
        String q = "v2entries:" + store + ":" + scope + ":" + prefix;
        Page<EntryRef> page = serving.page(q, token(ex, q), pageSize(ex, 256), ex.has("pageToken"),
                (c, n) -> serving.source(u).listKeys(store, sc, prefix, c, n));
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
        StoredEntry e;
        if (suffix.equals("latest")) {
            e = serving.source(u).read(ref).orElseThrow(() -> ApiError.v2(404, "NOT_FOUND", "Entry not found."));
        } else if (suffix.startsWith("latest:")) {
            e = atTime(u, ref, suffix.substring(7));
        } else {
            if (dev.profilelens.core.store.VersionIds.sequenceOf(suffix) < 0) {
                throw ApiError.v2(400, "INVALID_ARGUMENT", "Invalid version id.");
            }
            e = serving.source(u).readVersion(ref, suffix).orElseThrow(() -> ApiError.v2(404, "NOT_FOUND",
                    "Revision not found."));
        }
        serving.chargeRead(u, ref, e.sizeBytes(), true);
        ex.json(200, h, entryJson(u, e));
    }

    private StoredEntry atTime(String u, EntryRef ref, String time) {
        Instant t;
        try {
            t = Instant.parse(time);
        } catch (java.time.format.DateTimeParseException ex) {
            throw ApiError.v2(400, "INVALID_ARGUMENT", "Invalid timestamp.");
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
        o.put("createTime", e.created().toString());
        o.put("revisionId", e.version());
        o.put("revisionCreateTime", e.updated().toString());
        o.put("state", "ACTIVE");
        o.put("etag", e.version());
        o.putRawValue("value", new RawValue(new String(e.value(), StandardCharsets.UTF_8)));
        ArrayNode users = o.putArray("users");
        e.userIds().forEach(id -> users.add("users/" + id));
        JsonNode attrs = EntryCodec.parse(e.attributesJson());
        o.set("attributes", attrs == null ? NODES.objectNode() : attrs);
        return o;
    }

    private void delete(Exchange ex, String u, EntryRef ref) throws IOException {
        Faults.Kind[] fault = new Faults.Kind[1];
        Map<String, String> h = serving.admit(ex, u, "universe-datastores.objects:delete", Budgets.Category.REMOVE,
                true, true, fault);
        if (serving.source(u).read(ref).isEmpty()) {
            throw ApiError.v2(404, "NOT_FOUND", "Entry not found.");
        }
        serving.source(u).delete(ref);
        if (fault[0] == Faults.Kind.LOST) {
            ex.drop();
            return;
        }
        ex.json(200, h, NODES.objectNode());
    }

    private void listRevisions(Exchange ex, String u, EntryRef ref) throws IOException {
        Map<String, String> h = serving.admit(ex, u, "universe-datastores.versions:list", Budgets.Category.LIST,
                true, false);
        VersionQuery vq = RevisionFilter.parse(ex.param("filter"));
        String q = "v2revisions:" + ref + ":" + vq;
        Page<VersionInfo> page = serving.page(q, token(ex, q), pageSize(ex, 100), ex.has("pageToken"),
                (c, n) -> serving.source(u).listVersions(ref, vq, c, n));
        ObjectNode out = NODES.objectNode();
        ArrayNode list = out.putArray("dataStoreEntries");
        for (VersionInfo v : page.items()) {
            list.addObject().put("path", path(u, ref) + "@" + v.version()).put("id", ref.key() + "@" + v.version())
                    .put("revisionId", v.version()).put("etag", v.version())
                    .put("revisionCreateTime", v.created().toString()).put("state", v.deleted() ? "DELETED" : "ACTIVE");
        }
        out.put("nextPageToken", page.nextCursor() == null ? "" : page.nextCursor());
        ex.json(200, h, out);
    }
}
