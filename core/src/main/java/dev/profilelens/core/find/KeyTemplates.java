package dev.profilelens.core.find;

import dev.profilelens.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Key templates per store as a person types them, one store a line: {@code STORE=TEMPLATE[, TEMPLATE…]} (the CLI's
 * {@code --template STORE=TEMPLATE}, the app's template editor). A store with nothing after {@code =} is left out
 * (its templates are detected again).
 */
public final class KeyTemplates {
    private KeyTemplates() {
    }

    /** Parses the lines; a bad one is bad input naming {@code where} and its line number. Blank lines are skipped. */
    public static Map<String, List<KeyTemplate>> parse(List<String> lines, String where) {
        Map<String, List<KeyTemplate>> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String at = where + (lines.size() > 1 ? " line " + (i + 1) : "");
            if (eq <= 0) {
                throw new InvalidInputException(at + ": write STORE=TEMPLATE, e.g. PlayerData=Player_{id} (got \""
                        + line + "\")", where);
            }
            String store = line.substring(0, eq).strip();
            List<KeyTemplate> list = out.computeIfAbsent(store, s -> new ArrayList<>());
            for (String t : line.substring(eq + 1).split(",")) {
                if (!t.isBlank()) {
                    try {
                        list.add(KeyTemplate.parse(t.strip()));
                    } catch (InvalidInputException e) {
                        throw new InvalidInputException(at + ": " + e.userMessage(), where);
                    }
                }
            }
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }

    /** The lines {@link #parse} reads back. */
    public static String format(Map<String, List<KeyTemplate>> templates) {
        StringBuilder b = new StringBuilder();
        templates.forEach((store, list) -> b.append(store).append('=').append(String.join(", ",
                list.stream().map(KeyTemplate::toString).toList())).append('\n'));
        return b.toString();
    }
}
