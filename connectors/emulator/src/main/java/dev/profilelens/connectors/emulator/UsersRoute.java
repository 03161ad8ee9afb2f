package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.connectors.sqlite.seed.SandboxUsers;
import dev.profilelens.core.find.UserRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The Users API's {@code POST /v1/usernames/users} (spec/liveops.md §5.4) for the players held in the emulated
 * universes, with the sandbox's names ({@link SandboxUsers}). Needs no API key and charges no data-store budget,
 * like the real endpoint; more than {@link #MAX_NAMES} names is the real 400 with code 2.
 */
final class UsersRoute {
    static final String PATH = "/v1/usernames/users";
    static final int MAX_NAMES = 100;
    private final SandboxUsers users;

    UsersRoute(Universes universes) {
        this.users = new SandboxUsers(universes::userIds, "the emulator");
    }

    void handle(Exchange ex, String universe, String tail) throws IOException {
        if (!ex.method().equals("POST")) {
            error(ex, 405, 0, "The requested resource does not support http method '" + ex.method() + "'.");
            return;
        }
        JsonNode body = EntryCodec.parse(new String(ex.body(), StandardCharsets.UTF_8));
        JsonNode names = body == null ? null : body.get("usernames");
        if (names == null || !names.isArray()) {
            error(ex, 400, 1, "Invalid request: usernames is required.");
            return;
        }
        if (names.size() > MAX_NAMES) {
            error(ex, 400, 2, "Too many usernames.");
            return;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode data = out.putArray("data");
        for (JsonNode n : names) {
            Optional<UserRecord> u = users.byName(n.asText(""));
            u.ifPresent(user -> {
                ObjectNode o = data.addObject();
                o.put("requestedUsername", n.asText());
                o.put("hasVerifiedBadge", false);
                o.put("id", user.id());
                o.put("name", user.name());
                o.put("displayName", user.displayName());
            });
        }
        ex.json(200, Map.of(), out);
    }

    private static void error(Exchange ex, int status, int code, String message) throws IOException {
        ObjectNode b = JsonNodeFactory.instance.objectNode();
        ObjectNode e = b.putArray("errors").addObject();
        e.put("code", code);
        e.put("message", message);
        ex.json(status, Map.of(), b);
    }
}
