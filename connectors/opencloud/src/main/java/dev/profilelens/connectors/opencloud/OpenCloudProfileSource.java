package dev.profilelens.connectors.opencloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.RequestBudget.Category;
import dev.profilelens.core.store.SourceCapabilities;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ProfileSource} over Open Cloud (ADR 0031): v2 for listing stores and keys, reading entries and
 * revisions and deleting; v1 for conditional writes ({@code matchVersion}, {@code exclusiveCreate}, 412 with the
 * current entry) and for version listing (order, time window and sizes). Every request waits for the shared
 * client budget.
 */
public final class OpenCloudProfileSource implements ProfileSource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final String universe;
    private final boolean readOnly;
    private final CloudHttp http;
    private final CloudWrites writes;

    OpenCloudProfileSource(String base, String universe, CloudHttp http, boolean readOnly) {
        this.base = base;
        this.universe = universe;
        this.http = http;
        this.readOnly = readOnly;
        this.writes = new CloudWrites(this, http);
    }

    String v1() {
        return base + "/datastores/v1/universes/" + universe + "/standard-datastores";
    }

    private String v2() {
        return base + "/cloud/v2/universes/" + universe + "/data-stores";
    }

    String entryUrl(EntryRef ref) {
        return v2() + "/" + PathSegments.segment(ref.store()) + "/scopes/" + PathSegments.segment(ref.scope())
                + "/entries/" + PathSegments.segment(ref.key());
    }

    @Override
    public String describe() {
        return "Open Cloud universe " + universe + " at " + base + (readOnly ? " (read-only)" : "");
    }

    @Override
    public SourceCapabilities capabilities() {
        return new SourceCapabilities(readOnly, true, http.budget());
    }

    private JsonNode getJson(Category c, String url, String what) {
        HttpResponse<byte[]> r = http.read(c, http.request(url).GET().build(), what);
        if (r.statusCode() != 200) {
            throw CloudErrors.of(r.statusCode(), r.body(), what);
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new InspectorException("Roblox sent an unreadable answer while trying to " + what, e);
        }
    }

    private static String filter(String prefix) {
        return prefix.isEmpty() ? ""
                : "&filter=" + PathSegments.query("id.startsWith(" + CelString.quote(prefix) + ")");
    }

    private static String token(@Nullable String cursor) {
        return cursor == null ? "" : "&pageToken=" + PathSegments.query(cursor);
    }

    private static @Nullable String next(JsonNode n, String field) {
        String t = n.path(field).asText("");
        return t.isEmpty() ? null : t;
    }

    @Override
    public Page<DataStoreInfo> listDataStores(String prefix, @Nullable String cursor, int limit) {
        JsonNode n = getJson(Category.LIST, v2() + "?maxPageSize=" + Math.min(limit, 100) + filter(prefix)
                + token(cursor), "list the data stores");
        List<DataStoreInfo> out = new ArrayList<>();
        for (JsonNode s : n.path("dataStores")) {
            out.add(new DataStoreInfo(s.path("id").asText(), s.hasNonNull("createTime")
                    ? WireEntry.time(s.get("createTime").asText()) : null));
        }
        return new Page<>(out, next(n, "nextPageToken"));
    }

    @Override
    public Page<EntryRef> listKeys(String store, @Nullable String scope, String prefix, @Nullable String cursor,
                                   int limit) {
        Limits.checkName("data store name", store);
        String url = v2() + "/" + PathSegments.segment(store) + "/scopes/"
                + (scope == null ? "-" : PathSegments.segment(scope)) + "/entries?maxPageSize=" + Math.min(limit, 256)
                + filter(prefix) + token(cursor);
        JsonNode n = getJson(Category.LIST, url, "list the keys of " + store);
        List<EntryRef> out = new ArrayList<>();
        for (JsonNode e : n.path("dataStoreEntries")) {
            String path = e.path("path").asText();
            int at = path.indexOf("/scopes/");
            String sc = at < 0 ? "global" : path.substring(at + 8, path.indexOf('/', at + 8));
            out.add(new EntryRef(store, sc, e.path("id").asText()));
        }
        return new Page<>(out, next(n, "nextPageToken"));
    }

    @Override
    public Optional<StoredEntry> read(EntryRef ref) {
        Limits.checkRef(ref);
        return readAt(ref, "latest");
    }

    private Optional<StoredEntry> readAt(EntryRef ref, String suffix) {
        String what = "read " + ref;
        HttpResponse<byte[]> r = http.read(Category.READ, http.request(entryUrl(ref) + "@"
                + PathSegments.segment(suffix)).GET().build(), what);
        if (r.statusCode() == 404 || r.statusCode() == 204) {
            return Optional.empty();
        }
        if (r.statusCode() == 400 && !suffix.equals("latest") && CloudErrors.serverMessage(r.body())
                .toLowerCase(Locale.ROOT).startsWith("invalid version id")) {
            return Optional.empty();
        }
        if (r.statusCode() != 200) {
            throw CloudErrors.of(r.statusCode(), r.body(), what);
        }
        return Optional.of(WireEntry.fromV2(ref, r.body()));
    }

    @Override
    public WriteResult write(WriteRequest request) {
        refuseIfReadOnly();
        Limits.checkWrite(request);
        return writes.write(request);
    }

    @Override
    public void delete(EntryRef ref) {
        refuseIfReadOnly();
        Limits.checkRef(ref);
        writes.delete(ref, entryUrl(ref));
    }

    @Override
    public Page<VersionInfo> listVersions(EntryRef ref, VersionQuery query, @Nullable String cursor, int limit) {
        Limits.checkRef(ref);
        StringBuilder url = new StringBuilder(v1() + "/datastore/entries/entry/versions?" + CloudWrites.refQuery(ref)
                + "&limit=" + Math.min(limit, 100) + "&sortOrder=" + (query.descending() ? "Descending" : "Ascending"));
        if (query.from() != null) {
            url.append("&startTime=").append(PathSegments.query(query.from().toString()));
        }
        if (query.to() != null) {
            url.append("&endTime=").append(PathSegments.query(query.to().toString()));
        }
        if (cursor != null) {
            url.append("&cursor=").append(PathSegments.query(cursor));
        }
        HttpResponse<byte[]> r = http.read(Category.V1_READ, http.request(url.toString()).GET().build(),
                "list the versions of " + ref);
        if (r.statusCode() == 404) {
            return new Page<>(List.of(), null);
        }
        if (r.statusCode() != 200) {
            throw CloudErrors.of(r.statusCode(), r.body(), "list the versions of " + ref);
        }
        try {
            JsonNode n = JSON.readTree(r.body());
            List<VersionInfo> out = new ArrayList<>();
            for (JsonNode v : n.path("versions")) {
                out.add(new VersionInfo(v.path("version").asText(), WireEntry.time(v.path("createdTime").asText()),
                        v.path("deleted").asBoolean(), v.path("contentLength").asLong()));
            }
            return new Page<>(out, next(n, "nextPageCursor"));
        } catch (IOException e) {
            throw new InspectorException("Roblox sent an unreadable version list for " + ref, e);
        }
    }

    @Override
    public Optional<StoredEntry> readVersion(EntryRef ref, String version) {
        Limits.checkRef(ref);
        return readAt(ref, version);
    }

    private void refuseIfReadOnly() {
        if (readOnly) {
            throw new RefusedException("This Open Cloud connection is read-only; nothing was written.");
        }
    }

    @Override
    public void close() {
        // HttpClient needs no closing on Java 17; the shared budget outlives sources on purpose
    }
}
