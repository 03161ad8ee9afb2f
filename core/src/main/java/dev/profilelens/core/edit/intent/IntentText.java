package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Intents written as text, the CLI's INTENT options without their dashes: {@code set PATH=JSON},
 * {@code add PATH=NUMBER}, {@code append PATH=JSON}, {@code remove PATH}, {@code tag NAME=JSON},
 * {@code untag NAME}. A PATH may select array items by identity ({@code /Data/Inventory/[Id="a1"]/Count},
 * {@link PathText}); {@code remove} of a path ending in such a step removes that item. The CLI parses each option
 * with {@link #one}; the app's bulk window takes one per line.
 * Errors name the option (or the line) and what is wrong.
 */
public final class IntentText {
    private IntentText() {
    }

    /** One intent of {@code kind} ({@code set}, {@code add}, …) from {@code arg}; {@code where} names it. */
    public static Intent one(String kind, String arg, String where) {
        return switch (kind) {
            case "set" -> {
                String[] p = split(where, arg);
                yield SetValue.of(p[0], json(where, p[1]));
            }
            case "add" -> {
                String[] p = split(where, arg);
                JsonNode n = json(where, p[1]);
                if (!n.isNumber()) {
                    throw new InvalidInputException(where + " " + arg + ": the delta must be a number", where);
                }
                yield new AddDelta(p[0], n);
            }
            case "append" -> {
                String[] p = split(where, arg);
                yield new AppendItem(p[0], json(where, p[1]));
            }
            case "remove" -> remove(PathText.pointer(arg, where));
            case "tag" -> {
                int eq = arg.indexOf('=');
                if (eq <= 0) {
                    throw new InvalidInputException(where + " " + arg + ": expected NAME=JSON", where);
                }
                yield SetTag.of(arg.substring(0, eq), json(where, arg.substring(eq + 1)));
            }
            case "untag" -> new RemoveTag(arg);
            default -> throw new InvalidInputException(where + ": unknown intent \"" + kind + "\" (set, add, "
                    + "append, remove, tag, untag)", where);
        };
    }

    /** One intent a line ({@code #} comments, blank lines skipped); {@code --} before the kind is allowed. */
    public static List<Intent> lines(String text) {
        List<Intent> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            l = l.startsWith("--") ? l.substring(2) : l;
            int sp = l.indexOf(' ');
            String where = "intent line " + (i + 1);
            if (sp <= 0) {
                throw new InvalidInputException(where + ": expected KIND ARGUMENT, e.g. tag DataVersion=2 (got \""
                        + l + "\")", where);
            }
            out.add(one(l.substring(0, sp), l.substring(sp + 1).strip(), where));
        }
        return out;
    }

    /** {@code remove PATH}: a table's member, or the array item an item step at its end selects. */
    private static Intent remove(String path) {
        ItemMatch item = ItemPaths.selector(Pointer.last(path));
        return item == null ? new RemoveKey(path) : new RemoveItem(Pointer.parent(path), item);
    }

    /** PATH (as a pointer, item steps allowed) and VALUE of {@code PATH=VALUE}. */
    private static String[] split(String where, String arg) {
        int eq = PathText.valueSeparator(arg);
        if (eq <= 0) {
            if (arg.startsWith("/")) {
                PathText.pointer(arg, where); // an unclosed item step swallows the '=': say that
            }
            throw new InvalidInputException(where + " " + arg + ": expected PATH=VALUE", where);
        }
        return new String[] {PathText.pointer(arg.substring(0, eq), where), arg.substring(eq + 1)};
    }

    private static JsonNode json(String where, String text) {
        try {
            return RobloxJson.parse(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(where + " " + text + ": not JSON (" + e.getMessage()
                    + "); quote strings, e.g. '\"Royal Crown\"'", where);
        }
    }
}
