package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** The Lua-flavoured type name of a JSON value, as shown in the type columns. */
final class JsonTypes {
    private JsonTypes() {
    }

    static String of(JsonNode n) {
        if (n.isObject()) {
            return "table (" + n.size() + " keys)";
        }
        if (n.isArray()) {
            return n.isEmpty() ? "table (empty)" : "array (" + n.size() + ")";
        }
        if (n.isIntegralNumber()) {
            return "integer";
        }
        if (n.isNumber()) {
            return "number";
        }
        if (n.isBoolean()) {
            return "boolean";
        }
        return n.isTextual() ? "string" : n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
