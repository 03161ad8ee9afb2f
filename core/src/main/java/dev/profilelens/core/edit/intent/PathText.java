package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;

/**
 * Paths as people type them (the CLI's INTENT options, the bulk window's intent lines): a JSON Pointer whose steps
 * may also be item steps {@code [FIELD=JSON]}, written plainly: {@code /Data/Inventory/[Id="a/1"]/Count}. The JSON
 * of an item step is taken as written (a {@code /} or {@code =} inside its string is part of the id); other steps
 * are pointer tokens as usual ({@code ~1}, {@code ~0}). {@link #pointer} turns such a path into the intents' form
 * (the item step escaped like any pointer token, {@link ItemPaths#step}); a malformed step is refused naming it.
 */
public final class PathText {
    private static final String FIELD = "[A-Za-z_][A-Za-z0-9_]*";

    private PathText() {
    }

    /** The position of the {@code =} that ends PATH in {@code PATH=VALUE}: the first one outside item steps; -1. */
    public static int valueSeparator(String arg) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"' && depth > 0) {
                quoted = true;
            } else if (c == '[' && (depth > 0 || i > 0 && arg.charAt(i - 1) == '/')) {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            } else if (c == '=' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The intents' pointer for a typed {@code path}; {@code where} names the option or line in errors. Refuses a
     * path not starting with {@code /}, an item step that is not closed, not {@code [FIELD=JSON]}, whose value is not
     * a JSON string, number or boolean, or that is followed by anything but {@code /}.
     */
    public static String pointer(String path, String where) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            throw new InvalidInputException(where + " " + path + ": a path must start with '/' (e.g. /Data/Coins)",
                    where);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            i++; // the '/'
            out.append('/');
            if (i < path.length() && path.charAt(i) == '[') {
                int end = closing(path, i, where);
                String step = path.substring(i, end + 1);
                out.append(itemStep(path, step, where));
                i = end + 1;
                if (i < path.length() && path.charAt(i) != '/') {
                    throw new InvalidInputException(where + " " + path + ": expected '/' after the item step "
                            + step + ", found '" + path.charAt(i) + "'", where);
                }
            } else {
                int next = path.indexOf('/', i);
                int end = next < 0 ? path.length() : next;
                out.append(path, i, end);
                i = end;
            }
        }
        return out.toString();
    }

    /** The index of the {@code ]} closing the item step opened at {@code open} (strings in it skipped). */
    private static int closing(String path, int open, String where) {
        boolean quoted = false;
        for (int i = open + 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ']') {
                return i;
            }
        }
        throw new InvalidInputException(where + " " + path + ": the item step " + path.substring(open)
                + " is not closed with ']' (write it as [Id=\"a1\"])", where);
    }

    private static String itemStep(String path, String step, String where) {
        String body = step.substring(1, step.length() - 1);
        int eq = body.indexOf('=');
        String example = " (write it as [Id=\"a1\"] or [Slot=3]; strings in double quotes)";
        if (eq < 0 || !body.substring(0, eq).matches(FIELD)) {
            throw new InvalidInputException(where + " " + path + ": the item step " + step + " must be [FIELD=JSON]"
                    + example, where);
        }
        JsonNode value;
        try {
            value = RobloxJson.parse(body.substring(eq + 1));
        } catch (InvalidInputException notJson) {
            throw new InvalidInputException(where + " " + path + ": the value of the item step " + step
                    + " is not JSON" + example, where);
        }
        if (!value.isValueNode() || value.isNull()) {
            throw new InvalidInputException(where + " " + path + ": the value of the item step " + step
                    + " must be a string, number or boolean" + example, where);
        }
        return ItemPaths.step(ItemMatch.byField(body.substring(0, eq), value));
    }
}
