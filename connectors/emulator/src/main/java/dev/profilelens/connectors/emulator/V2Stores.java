package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.Page;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * v2 data store resources (openapi.json): list ({@code showDeleted}), delete (scheduled 30 days ahead, entries
 * inaccessible at once), undelete, and snapshot (one per universe per UTC day; the next write of every key keeps
 * the version it supersedes).
 */
final class V2Stores {
    static final Duration PURGE_AFTER = Duration.ofDays(30);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Serving serving;

    V2Stores(Serving serving) {
        this.serving = serving;
    }

    /** {@code tail}: "" (list), ":snapshot", or "/{store}" and "/{store}:undelete" with the store decoded. */
    void handle(Exchange ex, String u, String tail) throws IOException {
        String m = ex.method();
        if (tail.isEmpty() && m.equals("GET")) {
            list(ex, u);
        } else if (tail.equals(":snapshot") && m.equals("POST")) {
            snapshot(ex, u);
        } else if (tail.endsWith(":undelete") && m.equals("POST")) {
            undelete(ex, u, tail.substring(1, tail.length() - 9));
        } else if (!tail.isEmpty() && m.equals("DELETE")) {
            delete(ex, u, tail.substring(1));
        } else {
            throw ApiError.v2(404, "NOT_FOUND", "No such resource.");
        }
    }

    /** The active stores of a page (list calls without {@code showDeleted}). */
    static Page<DataStoreInfo> active(Page<DataStoreInfo> page, StoreStates states) {
        return new Page<>(page.items().stream().filter(s -> states.expiry(s.name()).isEmpty()).toList(),
                page.nextCursor());
    }

    private ObjectNode json(String u, DataStoreInfo s, Optional<Instant> expiry) {
        ObjectNode o = NODES.objectNode();
        o.put("path", "universes/" + u + "/data-stores/" + s.name());
        o.put("id", s.name());
        if (s.created() != null) {
            o.put("createTime", Times.iso(s.created()));
        }
        o.put("state", expiry.isPresent() ? "DELETED" : "ACTIVE");
        expiry.ifPresent(t -> o.put("expireTime", Times.iso(t)));
        return o;
    }

    private void list(Exchange ex, String u) throws IOException {
        Map<String, String> h = serving.admit(ex, u, "universe-datastores.control:list", Budgets.Category.LIST,
                true, false);
        String prefix = CelPrefix.parse(ex.param("filter"));
        boolean deleted = V2Params.showDeleted(ex);
        StoreStates states = serving.states(u);
        String q = Serving.boundQuery(ex, "v2stores", "pageToken");
        Page<DataStoreInfo> page = serving.page(q, V2Params.token(ex, q), V2Params.pageSize(ex, 100),
                ex.has("pageToken"), (c, n) -> {
                    Page<DataStoreInfo> all = serving.source(u).listDataStores(prefix, c, n);
                    return deleted ? all : active(all, states);
                });
        ObjectNode out = NODES.objectNode();
        ArrayNode list = out.putArray("dataStores");
        page.items().forEach(s -> list.add(json(u, s, states.expiry(s.name()))));
        out.put("nextPageToken", page.nextCursor() == null ? "" : page.nextCursor());
        ex.json(200, h, out);
    }

    private DataStoreInfo existing(String u, String name) {
        return serving.store(u, name).orElseThrow(() -> ApiError.v2(404, "NOT_FOUND", "Data store not found."));
    }

    /** Already scheduled: a no-op answering the store as it is. */
    private void delete(Exchange ex, String u, String name) throws IOException {
        Map<String, String> h = serving.admit(ex, u, "universe-datastores.control:delete", Budgets.Category.REMOVE,
                true, true);
        DataStoreInfo s = existing(u, name);
        Instant expiry = serving.states(u).delete(name, Instant.now().plus(PURGE_AFTER));
        ex.json(200, h, json(u, s, Optional.of(expiry)));
    }

    private void undelete(Exchange ex, String u, String name) throws IOException {
        Map<String, String> h = serving.admit(ex, u, "universe-datastores.control:delete", Budgets.Category.REMOVE,
                true, true);
        DataStoreInfo s = existing(u, name);
        serving.states(u).undelete(name);
        ex.json(200, h, json(u, s, Optional.empty()));
    }

    private void snapshot(Exchange ex, String u) throws IOException {
        Map<String, String> h = serving.admit(ex, u, "universe-datastores.control:snapshot",
                Budgets.Category.SNAPSHOT, true, true);
        Instant now = Instant.now();
        Optional<Instant> last = serving.source(u).lastSnapshot();
        boolean taken = last.isEmpty()
                || !last.get().truncatedTo(ChronoUnit.DAYS).equals(now.truncatedTo(ChronoUnit.DAYS));
        if (taken) {
            serving.source(u).snapshot(now);
        }
        ObjectNode out = NODES.objectNode();
        out.put("newSnapshotTaken", taken);
        out.put("latestSnapshotTime", Times.iso(taken ? now : last.get()));
        ex.json(200, h, out);
    }
}
