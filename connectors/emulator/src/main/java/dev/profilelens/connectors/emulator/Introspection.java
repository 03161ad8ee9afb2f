package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code POST /api-keys/v1/introspect} in the reference's shape (creator-docs {@code cloud/auth/api-keys.md}): one
 * scope object per resource name with its {@code operations} and, for data store scopes, the
 * {@code universeDatastores} it covers ({@code *} for all).
 */
final class Introspection {
    /** Every data store scope the emulator checks, for keys granted {@code *}. */
    static final List<String> ALL = List.of("universe-datastores.objects:create", "universe-datastores.objects:read",
            "universe-datastores.objects:update", "universe-datastores.objects:delete",
            "universe-datastores.objects:list", "universe-datastores.versions:list",
            "universe-datastores.versions:read", "universe-datastores.control:create",
            "universe-datastores.control:list", "universe-datastores.control:delete",
            "universe-datastores.control:snapshot");

    private Introspection() {
    }

    static ObjectNode describe(String key, ApiKeyTable.Grant grant) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("name", key.equals(ApiKeyTable.DEV_KEY) ? "dev-key (emulator)" : "emulator key");
        out.put("authorizedUserId", 1);
        Map<String, Set<String>> byName = new TreeMap<>();
        for (String scope : grant.scopes().contains("*") ? ALL : grant.scopes()) {
            int colon = scope.lastIndexOf(':');
            String name = colon < 0 ? scope : scope.substring(0, colon);
            String op = colon < 0 ? "*" : scope.substring(colon + 1);
            byName.computeIfAbsent(name, n -> new TreeSet<>()).add(op);
        }
        ArrayNode scopes = out.putArray("scopes");
        byName.forEach((name, ops) -> {
            ObjectNode s = scopes.addObject();
            s.put("name", name);
            ArrayNode o = s.putArray("operations");
            ops.forEach(o::add);
            ArrayNode stores = s.putArray("universeDatastores");
            for (String u : new TreeSet<>(grant.universes())) {
                stores.addObject().put("universeId", u).put("datastoreName", "*");
            }
        });
        out.put("enabled", true);
        out.put("expired", false);
        out.putNull("expirationTimeUtc");
        return out;
    }
}
