package dev.profilelens.core.team;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.find.KeyTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The team's key templates (how a store names a player's key) as the find use case's per-store overrides: the
 * window's search and {@code profilelens find} read them from the team catalog when a team database is set up.
 */
public final class SharedKeyTemplates {
    private SharedKeyTemplates() {
    }

    /** Key templates by store, in the catalog's order; a template that does not parse is named with its store. */
    public static Map<String, List<KeyTemplate>> byStore(List<StoreTemplate> templates) {
        Map<String, List<KeyTemplate>> out = new LinkedHashMap<>();
        for (StoreTemplate t : templates) {
            if (t.kind() != StoreTemplate.Kind.KEY) {
                continue;
            }
            KeyTemplate parsed;
            try {
                parsed = KeyTemplate.parse(t.body().strip());
            } catch (InvalidInputException e) {
                throw new InvalidInputException("The team's key template \"" + t.name() + "\" for the store "
                        + t.store() + " is not usable: " + e.userMessage(), "team template " + t.name());
            }
            out.computeIfAbsent(t.store(), s -> new ArrayList<>()).add(parsed);
        }
        return out;
    }

    /** Key templates typed by the user win over the team's for the same store. */
    public static Map<String, List<KeyTemplate>> withOverrides(Map<String, List<KeyTemplate>> team,
                                                               Map<String, List<KeyTemplate>> typed) {
        Map<String, List<KeyTemplate>> out = new LinkedHashMap<>(team);
        out.putAll(typed);
        return out;
    }
}
