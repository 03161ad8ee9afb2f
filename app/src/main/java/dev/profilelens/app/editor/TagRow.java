package dev.profilelens.app.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One MetaTag as the table shows it: name, type and the value as text. Converts both ways with the typed rules:
 * a number must parse as a number, a boolean is true/false, a table is JSON.
 */
public record TagRow(String name, String type, String value) {
    public static final List<String> TYPES = List.of("number", "string", "boolean", "table");

    public static List<TagRow> of(JsonNode tags) {
        List<TagRow> rows = new ArrayList<>();
        if (tags.isObject()) {
            for (Map.Entry<String, JsonNode> e : tags.properties()) {
                JsonNode v = e.getValue();
                String type = v.isNumber() ? "number" : v.isBoolean() ? "boolean" : v.isTextual() ? "string" : "table";
                rows.add(new TagRow(e.getKey(), type, v.isTextual() ? v.textValue() : RobloxJson.writeString(v)));
            }
        }
        return rows;
    }

    /** The MetaTags table for these rows; a clear error naming the tag when a value does not fit its type. */
    public static ObjectNode toTags(List<TagRow> rows) {
        ObjectNode out = RobloxJson.nodes().objectNode();
        for (TagRow r : rows) {
            String where = "/MetaTags/" + r.name();
            if (r.name().isBlank()) {
                throw new InvalidInputException("A MetaTag needs a name", "/MetaTags");
            }
            if (out.has(r.name())) {
                throw new InvalidInputException("Two MetaTags are named \"" + r.name() + "\"", where);
            }
            out.set(r.name(), value(r, where));
        }
        return out;
    }

    private static JsonNode value(TagRow r, String where) {
        switch (r.type()) {
            case "string":
                return RobloxJson.nodes().textNode(r.value());
            case "boolean":
                if (!r.value().equals("true") && !r.value().equals("false")) {
                    throw new InvalidInputException("MetaTag " + r.name() + " is a boolean: write true or false",
                            where);
                }
                return RobloxJson.nodes().booleanNode(Boolean.parseBoolean(r.value()));
            case "number": {
                JsonNode n = parse(r, where);
                if (!n.isNumber()) {
                    throw new InvalidInputException("MetaTag " + r.name() + " is a number: \"" + r.value()
                            + "\" is not one", where);
                }
                return n;
            }
            default: {
                JsonNode n = parse(r, where);
                if (!n.isContainerNode()) {
                    throw new InvalidInputException("MetaTag " + r.name() + " is a table: write JSON like {} or []",
                            where);
                }
                return n;
            }
        }
    }

    private static JsonNode parse(TagRow r, String where) {
        try {
            return RobloxJson.parse(r.value());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("MetaTag " + r.name() + ": " + e.userMessage(), where);
        }
    }
}
