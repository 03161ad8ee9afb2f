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

    /**
     * As {@link #parse(Kind, String, String)}, where a number may also be typed as {@code +N}: {@code old} plus N
     * (the edit is then the delta N, as when the sum is typed).
     */
    static JsonNode parse(Kind kind, String text, String path, JsonNode old) {
        String t = text.strip();
        if (kind != Kind.NUMBER || !t.startsWith("+") || !old.isNumber()) {
            return parse(kind, text, path);
        }
        if (!NUMBER.matcher(t.substring(1)).matches()) {
            throw notANumber(text, path); // what was typed, sign and all
        }
        JsonNode add = parse(kind, t.substring(1), path);
        if (old.isIntegralNumber() && add.isIntegralNumber() && old.canConvertToLong() && add.canConvertToLong()) {
            try {
                return RobloxJson.nodes().numberNode(Math.addExact(old.longValue(), add.longValue()));
            } catch (ArithmeticException e) {
                throw new InvalidInputException("Adding " + add + " to " + old + " is beyond a 64-bit integer", path);
            }
        }
        return RobloxJson.nodes().numberNode(old.doubleValue() + add.doubleValue());
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
                    throw notANumber(text, path);
                }
                JsonNode n = json(text, path);
                if (!n.isNumber()) {
                    throw notANumber(text, path);
                }
                yield n;
            }
            case JSON -> json(text, path);
        };
    }

    private static InvalidInputException notANumber(String text, String path) {
        return new InvalidInputException("Expected a number (or +N to add N), got \"" + text + "\"", path);
    }

    private static JsonNode json(String text, String path) {
        try {
            return RobloxJson.parse(text.strip());
        } catch (RuntimeException e) {
            throw new InvalidInputException("Not a JSON value (" + e.getMessage() + ")", path);
        }
    }
}
