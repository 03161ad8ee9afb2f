package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedEntryExistsException;
import dev.profilelens.core.ordered.OrderedEntryMissingException;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.ordered.OrderedValues;
import dev.profilelens.core.store.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The ordered data store endpoints, v2 and v1-beta, as the reference describes them (ADR 0131): list (page size
 * default 10, coerced to 100, filter {@code entry >= N && entry <= M}), create (exclusive), get, update (allow
 * missing), increment (creates), delete; values as numbers or numeric strings; budgets in the Ordered* buckets.
 */
final class OrderedRoutes implements AutoCloseable {
    private static final Pattern V2 = Pattern.compile(
            "/cloud/v2/universes/([^/]+)/ordered-data-stores/([^/]+)/scopes/([^/]+)/entries(?:/([^/]+))?");
    private static final Pattern V1 = Pattern.compile("/ordered-data-stores/v1/universes/([^/]+)/"
            + "ordered(?:DataStores|Datastores)/([^/]+)/scopes/([^/]+)/entries(?:/([^/]+))?");
    private static final String READ = "universe.ordered-data-store.scope.entry:read";
    private static final String WRITE = "universe.ordered-data-store.scope.entry:write";
    private final Serving serving;
    private final OrderedStores stores;

    OrderedRoutes(Serving serving, OrderedStores stores) {
        this.serving = serving;
        this.stores = stores;
    }

    /** Serves the request when its path is an ordered route; false otherwise. */
    boolean handle(Exchange ex, String path) throws IOException {
        Matcher m = V2.matcher(path);
        OrderedWire wire = OrderedWire.V2;
        if (!m.matches()) {
            m = V1.matcher(path);
            wire = OrderedWire.V1;
            if (!m.matches()) {
                return false;
            }
        }
        String universe = m.group(1);
        OrderedStoreRef store = new OrderedStoreRef(V2Routes.decode(m.group(2)), V2Routes.decode(m.group(3)));
        try {
            route(ex, wire, universe, store, m.group(4));
        } catch (OrderedEntryExistsException e) {
            throw wire.invalid("The entry already exists.");
        } catch (OrderedEntryMissingException e) {
            throw wire.notFound("The entry was not found.");
        } catch (InvalidInputException | IllegalArgumentException e) {
            throw wire.invalid(e instanceof InvalidInputException i ? i.userMessage() : e.getMessage());
        }
        return true;
    }

    private void route(Exchange ex, OrderedWire wire, String universe, OrderedStoreRef store, String entryRaw)
            throws IOException {
        String method = ex.method();
        if (entryRaw == null) {
            switch (method) {
                case "GET" -> list(ex, wire, universe, store);
                case "POST" -> {
                    String id = ex.param("id");
                    if (id == null || id.isEmpty()) {
                        throw wire.invalid("The entry id is required.");
                    }
                    write(ex, wire, universe, store, s -> s.create(store, id, value(ex, "value")));
                }
                default -> throw wire.methodNotAllowed();
            }
            return;
        }
        if (entryRaw.endsWith(":increment") || entryRaw.endsWith("%3Aincrement") || entryRaw.endsWith("%3aincrement")) {
            String key = V2Routes.decode(entryRaw.substring(0, entryRaw.lastIndexOf(entryRaw.endsWith(":increment")
                    ? ":" : "%")));
            if (!method.equals("POST")) {
                throw wire.methodNotAllowed();
            }
            write(ex, wire, universe, store, s -> s.increment(store, key, value(ex, "amount")));
            return;
        }
        String key = V2Routes.decode(entryRaw);
        switch (method) {
            case "GET" -> get(ex, wire, universe, store, key);
            case "PATCH" -> {
                boolean allow = "true".equalsIgnoreCase(ex.param(wire.allowMissing));
                write(ex, wire, universe, store, s -> s.update(store, key, value(ex, "value"), allow));
            }
            case "DELETE" -> delete(ex, wire, universe, store, key);
            default -> throw wire.methodNotAllowed();
        }
    }

    private static long value(Exchange ex, String field) {
        JsonNode body;
        try {
            body = EntryCodec.parse(new String(ex.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidInputException("The request body could not be read.", field);
        }
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("The body must be a JSON object with \"" + field + "\".", field);
        }
        return OrderedValues.fromJson(body.get(field), field);
    }

    private void list(Exchange ex, OrderedWire wire, String universe, OrderedStoreRef store) throws IOException {
        Map<String, String> h = serving.admit(ex, universe, READ, Budgets.Category.ORDERED_LIST, wire.v2(), false);
        OrderedQuery q = OrderedQuery.parseFilter(descending(wire, ex.param(wire.orderBy)), ex.param("filter"));
        int size = pageSize(wire, ex.param(wire.pageSize));
        String fingerprint = "ordered|" + wire + "|" + store.store() + "|" + store.scope() + "|" + q;
        String token = ex.param(wire.pageToken);
        String inner = token == null || token.isEmpty() ? null : Cursors.decode(fingerprint, token);
        OrderedSource source = stores.universe(universe);
        Page<OrderedEntry> page = serving.page(fingerprint, inner, size, token != null && !token.isEmpty(),
                (c, n) -> source.list(store, q, c, n));
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode items = out.putArray(wire.listKey);
        page.items().forEach(e -> items.add(wire.entry(universe, store, e)));
        if (page.nextCursor() != null) {
            out.put("nextPageToken", page.nextCursor());
        }
        ex.json(200, h, out);
    }

    static boolean descending(OrderedWire wire, @Nullable String orderBy) {
        if (orderBy == null) {
            return false;
        }
        String o = orderBy.trim();
        if (o.isEmpty() || o.equals("value") || o.equals("value asc") || (!wire.v2() && o.equals("asc"))) {
            return false;
        }
        if (o.equals("value desc") || (!wire.v2() && o.equals("desc"))) {
            return true;
        }
        throw new InvalidInputException("Invalid " + wire.orderBy + " \"" + orderBy + "\": results may be ordered "
                + "by value only" + (wire.v2() ? " (\"value\" or \"value desc\")" : " (asc or desc)"), wire.orderBy);
    }

    static int pageSize(OrderedWire wire, @Nullable String text) {
        if (text == null || text.isEmpty()) {
            return 10;
        }
        int n;
        try {
            n = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(wire.pageSize + " must be a number.", wire.pageSize);
        }
        if (n < 0) {
            throw new InvalidInputException(wire.pageSize + " must not be negative.", wire.pageSize);
        }
        return n == 0 ? 10 : Math.min(n, 100);
    }

    private void get(Exchange ex, OrderedWire wire, String universe, OrderedStoreRef store, String key)
            throws IOException {
        Map<String, String> h = serving.admit(ex, universe, READ, Budgets.Category.ORDERED_READ, wire.v2(), false);
        OrderedEntry e = stores.universe(universe).get(store, key)
                .orElseThrow(() -> wire.notFound("The entry was not found."));
        ex.json(200, h, wire.entry(universe, store, e));
    }

    private void delete(Exchange ex, OrderedWire wire, String universe, OrderedStoreRef store, String key)
            throws IOException {
        Faults.Kind[] fault = new Faults.Kind[1];
        Map<String, String> h = serving.admit(ex, universe, WRITE, Budgets.Category.ORDERED_REMOVE, wire.v2(), true,
                fault);
        boolean existed = stores.universe(universe).delete(store, key);
        if (fault[0] == Faults.Kind.LOST) {
            ex.drop();
            return;
        }
        if (!existed && wire.v2()) {
            throw wire.notFound("The entry was not found.");
        }
        ex.json(200, h, JsonNodeFactory.instance.objectNode());
    }

    /** One change of the store through the write budget. */
    private interface Write {
        OrderedEntry apply(OrderedSource source);
    }

    private void write(Exchange ex, OrderedWire wire, String universe, OrderedStoreRef store, Write w)
            throws IOException {
        Faults.Kind[] fault = new Faults.Kind[1];
        Map<String, String> h = serving.admit(ex, universe, WRITE, Budgets.Category.ORDERED_WRITE, wire.v2(), true,
                fault);
        OrderedEntry e = w.apply(stores.universe(universe));
        if (fault[0] == Faults.Kind.LOST) {
            ex.drop();
            return;
        }
        ex.json(200, h, wire.entry(universe, store, e));
    }

    @Override
    public void close() {
        stores.close();
    }
}
