package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import java.util.regex.Pattern;

/**
 * What the user typed into a typed editor, as a JSON value of the kind being edited: a number, a string (as typed,
 * no quotes needed), a boolean, or JSON (for null and tables). Bad input names the path and what was expected.
 */
final class TypedValues {
    /** The editor a value gets. */
    enum Kind { NUMBER, STRING, BOOLEAN, JSON }

    private static final Pattern NUMBER = Pattern.compile(
            "-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private TypedValues() {
    }

    static Kind of(JsonNode n) {
        if (n.isNumber()) {
            return Kind.NUMBER;
        }
        if (n.isTextual()) {
            return Kind.STRING;
        }
        return n.isBoolean() ? Kind.BOOLEAN : Kind.JSON;
    }

    /** The text an editor starts with. */
    static String text(JsonNode n) {
        return switch (of(n)) {
            case STRING -> n.asText();
            case JSON -> n.isContainerNode() ? RobloxJson.pretty(n) : RobloxJson.writeString(n);
            default -> RobloxJson.writeString(n);
        };
    }

    static JsonNode parse(Kind kind, String text, String path) {
        return switch (kind) {
            case STRING -> text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? json(text, path)
                    : RobloxJson.nodes().textNode(text);
            case BOOLEAN -> {
                if (!text.strip().equals("true") && !text.strip().equals("false")) {
                    throw new InvalidInputException("Expected true or false, got \"" + text + "\"",
                            path);
                }
                yield RobloxJson.nodes().booleanNode(Boolean.parseBoolean(text.strip()));
            }
            case NUMBER -> {
                if (!NUMBER.matcher(text.strip()).matches()) {
                    throw new InvalidInputException("Expected a number, got \"" + text + "\"", path);
                }
                JsonNode n = json(text, path);
                if (!n.isNumber()) {
                    throw new InvalidInputException("Expected a number, got \"" + text + "\"", path);
                }
                yield n;
            }
            case JSON -> json(text, path);
        };
    }

    private static JsonNode json(String text, String path) {
        try {
            return RobloxJson.parse(text.strip());
        } catch (RuntimeException e) {
            throw new InvalidInputException("Not a JSON value (" + e.getMessage() + ")", path);
        }
    }
}
