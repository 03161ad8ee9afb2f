package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedStoreRef;
import org.jspecify.annotations.Nullable;

/**
 * What differs between the two ordered APIs (datastore2.md §2.0–2.2): v2 (STABLE, camelCase parameters, list key
 * {@code orderedDataStoreEntries}, AEP errors, delete of a missing entry 404) and v1 (BETA, snake_case
 * parameters, list key {@code entries}, v1 error shape, delete of a missing entry 200).
 */
enum OrderedWire {
    V2("maxPageSize", "pageToken", "orderBy", "allowMissing", "orderedDataStoreEntries", "ordered-data-stores"),
    V1("max_page_size", "page_token", "order_by", "allow_missing", "entries", "orderedDataStores");

    final String pageSize;
    final String pageToken;
    final String orderBy;
    final String allowMissing;
    final String listKey;
    final String collection;

    OrderedWire(String pageSize, String pageToken, String orderBy, String allowMissing, String listKey,
                String collection) {
        this.pageSize = pageSize;
        this.pageToken = pageToken;
        this.orderBy = orderBy;
        this.allowMissing = allowMissing;
        this.listKey = listKey;
        this.collection = collection;
    }

    boolean v2() {
        return this == V2;
    }

    ObjectNode entry(String universe, OrderedStoreRef store, OrderedEntry e) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("path", "universes/" + universe + "/" + collection + "/" + store.store() + "/scopes/" + store.scope()
                + "/entries/" + e.key());
        o.put("id", e.key());
        o.put("value", e.value());
        return o;
    }

    ApiError invalid(@Nullable String message) {
        return v2() ? ApiError.v2(400, "INVALID_ARGUMENT", message)
                : ApiError.v1(400, "INVALID_ARGUMENT", "InvalidArgument", message);
    }

    ApiError notFound(String message) {
        return v2() ? ApiError.v2(404, "NOT_FOUND", message) : ApiError.v1(404, "NOT_FOUND", "NotFound", message);
    }

    ApiError methodNotAllowed() {
        return v2() ? ApiError.v2(405, "INVALID_ARGUMENT", "Method not allowed.")
                : ApiError.v1(405, "INVALID_ARGUMENT", "MethodNotAllowed", "Method not allowed.");
    }
}
