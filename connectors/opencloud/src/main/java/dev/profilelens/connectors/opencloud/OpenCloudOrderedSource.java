package dev.profilelens.connectors.opencloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedEntryExistsException;
import dev.profilelens.core.ordered.OrderedEntryMissingException;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.ordered.OrderedValues;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.RequestBudget.Category;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Ordered data stores over Open Cloud v2 (datastore2.md §2; ADR 0131). Names go percent-encoded into the path
 * ({@code DATA/12345} as {@code DATA%2F12345}); values are read as numbers or numeric strings. Writes are sent once:
 * a lost answer is reported, never retried blindly. Requests use their own budget family (Ordered*).
 */
public final class OpenCloudOrderedSource implements OrderedSource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CloudConnection conn;
    private final boolean readOnly;
    private final AtomicLong requests = new AtomicLong();

    OpenCloudOrderedSource(CloudConnection conn, boolean readOnly) {
        this.conn = conn;
        this.readOnly = readOnly;
    }

    /** The budget this source's requests are paced by (its universe's ordered family). */
    ClientBudget budget() {
        return conn.http().budget();
    }

    /** Requests sent so far (each attempt counts), for the request-count figures. */
    public long requestCount() {
        return requests.get();
    }

    private String entries(OrderedStoreRef s) {
        return conn.base() + "/cloud/v2/universes/" + conn.universe() + "/ordered-data-stores/"
                + PathSegments.segment(s.store()) + "/scopes/" + PathSegments.segment(s.scope()) + "/entries";
    }

    private String entry(OrderedStoreRef s, String key) {
        return entries(s) + "/" + PathSegments.segment(key);
    }

    @Override
    public String describe() {
        return "Open Cloud ordered data stores of universe " + conn.universe() + " at " + conn.base();
    }

    @Override
    public Page<OrderedEntry> list(OrderedStoreRef store, OrderedQuery query, @Nullable String cursor, int limit) {
        StringBuilder url = new StringBuilder(entries(store)).append("?maxPageSize=")
                .append(Math.max(1, Math.min(100, limit)));
        if (query.descending()) {
            url.append("&orderBy=").append(PathSegments.query("value desc"));
        }
        if (!query.filterText().isEmpty()) {
            url.append("&filter=").append(PathSegments.query(query.filterText()));
        }
        if (cursor != null) {
            url.append("&pageToken=").append(PathSegments.query(cursor));
        }
        JsonNode body = json(read(url.toString(), Category.LIST, "list the ordered data store " + store), "list");
        List<OrderedEntry> items = new ArrayList<>();
        for (JsonNode e : body.path("orderedDataStoreEntries")) {
            items.add(entryOf(e));
        }
        String next = body.path("nextPageToken").asText("");
        return new Page<>(items, next.isEmpty() ? null : next);
    }

    @Override
    public Optional<OrderedEntry> get(OrderedStoreRef store, String key) {
        store.check(key);
        HttpResponse<byte[]> r = read(entry(store, key), Category.READ, "read " + key + " in " + store);
        return r.statusCode() == 404 ? Optional.empty() : Optional.of(entryOf(json(r, "read " + key)));
    }

    @Override
    public OrderedEntry create(OrderedStoreRef store, String key, long value) {
        store.check(key);
        HttpResponse<byte[]> r = write("POST", body("value", value),
                entries(store) + "?id=" + PathSegments.query(key), "create " + key + " in " + store);
        if (r.statusCode() == 400 && CloudErrors.serverMessage(r.body()).toLowerCase(Locale.ROOT).contains("exist")) {
            throw new OrderedEntryExistsException(store, key);
        }
        return entryOf(json(r, "create " + key));
    }

    @Override
    public OrderedEntry update(OrderedStoreRef store, String key, long value, boolean allowMissing) {
        store.check(key);
        HttpResponse<byte[]> r = write("PATCH", body("value", value),
                entry(store, key) + "?allowMissing=" + allowMissing, "update " + key + " in " + store);
        if (r.statusCode() == 404) {
            throw new OrderedEntryMissingException(store, key);
        }
        return entryOf(json(r, "update " + key));
    }

    @Override
    public OrderedEntry increment(OrderedStoreRef store, String key, long amount) {
        store.check(key);
        HttpResponse<byte[]> r = write("POST", body("amount", amount),
                entry(store, key) + ":increment", "increment " + key + " in " + store);
        return entryOf(json(r, "increment " + key));
    }

    @Override
    public boolean delete(OrderedStoreRef store, String key) {
        store.check(key);
        HttpResponse<byte[]> r = write("DELETE", HttpRequest.BodyPublishers.noBody(), entry(store, key),
                "delete " + key + " from " + store);
        if (r.statusCode() == 404) {
            return false;
        }
        json(r, "delete " + key);
        return true;
    }

    private static HttpRequest.BodyPublisher body(String field, long n) {
        return HttpRequest.BodyPublishers.ofString("{\"" + field + "\":" + n + "}");
    }

    private HttpResponse<byte[]> read(String url, Category c, String what) {
        HttpRequest req = conn.http().request(url).GET().build();
        requests.incrementAndGet();
        return conn.http().read(c, req, what);
    }

    private HttpResponse<byte[]> write(String method, HttpRequest.BodyPublisher body, String url, String what) {
        if (readOnly) {
            throw new RefusedException("The connection is read-only; nothing was written (" + what + ").");
        }
        HttpRequest req = conn.http().request(url).header("content-type", "application/json").method(method, body)
                .build();
        requests.incrementAndGet();
        Optional<HttpResponse<byte[]>> r = conn.http().write(Category.WRITE, req);
        if (r.isEmpty()) {
            throw new UnavailableException("The answer to \"" + what + "\" was lost or the service failed; it may "
                    + "or may not have been applied. Read the entry again before retrying.");
        }
        return r.get();
    }

    private static JsonNode json(HttpResponse<byte[]> r, String what) {
        if (r.statusCode() != 200) {
            throw CloudErrors.of(r.statusCode(), r.body(), what);
        }
        try {
            JsonNode n = JSON.readTree(r.body());
            return n == null ? JSON.createObjectNode() : n;
        } catch (IOException e) {
            throw new InspectorException("Roblox sent an unreadable answer while trying to " + what, e);
        }
    }

    private static OrderedEntry entryOf(JsonNode e) {
        String id = e.path("id").asText(null);
        if (id == null) {
            String path = e.path("path").asText("");
            id = path.substring(path.lastIndexOf('/') + 1);
        }
        return new OrderedEntry(id, OrderedValues.fromJson(e.get("value"), "value"));
    }

    @Override
    public void close() {
        // the HTTP client is shared and holds no per-source resources
    }
}
