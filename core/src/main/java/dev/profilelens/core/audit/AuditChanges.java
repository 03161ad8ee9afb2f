package dev.profilelens.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import java.util.ArrayList;
import java.util.List;

/**
 * A write's intents (path, intent, value before and after) as the JSON array both audit logs store (the local SQLite
 * file and the team's PostgreSQL database): {@code [{"path":…,"intent":…,"before":…,"after":…}]}, absent values left
 * out.
 */
public final class AuditChanges {
    private AuditChanges() {
    }

    public static String toJson(List<AuditChange> changes) {
        ArrayNode a = RobloxJson.nodes().arrayNode();
        for (AuditChange c : changes) {
            ObjectNode o = a.addObject();
            o.put("path", c.path()).put("intent", c.intent());
            if (c.before() != null) {
                o.set("before", c.before());
            }
            if (c.after() != null) {
                o.set("after", c.after());
            }
        }
        return RobloxJson.writeString(a);
    }

    public static List<AuditChange> fromJson(String json) {
        List<AuditChange> out = new ArrayList<>();
        for (JsonNode o : RobloxJson.parse(json)) {
            out.add(new AuditChange(o.path("path").asText(), o.path("intent").asText(),
                    o.has("before") ? o.get("before") : null, o.has("after") ? o.get("after") : null));
        }
        return out;
    }
}
