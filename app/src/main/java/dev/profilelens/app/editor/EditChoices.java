package dev.profilelens.app.editor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.edit.intent.Change;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.IntentFailedException;
import dev.profilelens.core.edit.intent.Intents;
import dev.profilelens.core.edit.intent.RemoveTag;
import dev.profilelens.core.edit.intent.SetTag;
import dev.profilelens.core.edit.intent.SetValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the user asked for beyond the text (ADR 0160), immutable: intents made outside the text editor (Data tree,
 * MetaTags table, restore), paths whose typed number is a guarded "set" instead of a delta, and the choices made in
 * the merge view (keep theirs = drop my intents on the path; mine or a custom value = an unconditional set).
 *
 * @param explicit intents made outside the text, applied after the text's, in the order they were added
 * @param asSet    paths whose delta becomes {@code set base+delta} (refused when someone changed it meanwhile)
 * @param resolved per path: empty = keep theirs, a value = set it whatever is stored
 */
public record EditChoices(List<Intent> explicit, Set<String> asSet, Map<String, Optional<JsonNode>> resolved) {
    public static final EditChoices NONE = new EditChoices(List.of(), Set.of(), Map.of());

    public EditChoices {
        explicit = List.copyOf(explicit);
        asSet = Set.copyOf(asSet);
        resolved = Map.copyOf(resolved);
    }

    EditChoices plus(Intent i) {
        List<Intent> e = new ArrayList<>(explicit);
        e.add(i);
        return new EditChoices(e, asSet, resolved);
    }

    EditChoices minus(Intent i) {
        List<Intent> e = new ArrayList<>(explicit);
        e.remove(i);
        return new EditChoices(e, asSet, resolved);
    }

    EditChoices setting(String path, boolean set) {
        Set<String> s = new LinkedHashSet<>(asSet);
        if (set) {
            s.add(path);
        } else {
            s.remove(path);
        }
        return new EditChoices(explicit, s, resolved);
    }

    EditChoices resolving(Map<String, Optional<JsonNode>> picks) {
        Map<String, Optional<JsonNode>> r = new LinkedHashMap<>(resolved);
        r.putAll(picks);
        return new EditChoices(explicit, asSet, r);
    }

    /**
     * The intents Save sends: the text's, then the explicit ones, each turned by the choices. {@code base} is the
     * whole value as read (for a delta switched to a set).
     */
    List<Intent> apply(List<Intent> fromText, @Nullable JsonNode base) {
        List<Intent> out = new ArrayList<>();
        Map<String, Intent> forced = new LinkedHashMap<>();
        List<Intent> all = new ArrayList<>(fromText);
        all.addAll(explicit);
        for (Intent i : all) {
            Optional<JsonNode> pick = resolved.get(i.path());
            if (pick != null) {
                pick.ifPresent(v -> forced.putIfAbsent(i.path(), forced(i, v)));
            } else if (i instanceof AddDelta d && asSet.contains(d.path()) && base != null) {
                out.add(guardedSet(d, base));
            } else {
                out.add(i);
            }
        }
        out.addAll(forced.values());
        return out;
    }

    /** {@code +500} on 153608 read becomes {@code set 154108}, refused if the stored value is no longer 153608. */
    static Intent guardedSet(AddDelta d, JsonNode base) {
        try {
            Change c = Intents.changes(base, List.of(d)).get(0);
            JsonNode after = c.after();
            return after == null ? d : new SetValue(d.path(), after, c.before());
        } catch (IntentFailedException e) {
            return d;
        }
    }

    private static Intent forced(Intent i, JsonNode v) {
        if (i instanceof SetTag t) {
            return SetTag.of(t.name(), v);
        }
        if (i instanceof RemoveTag t) {
            return SetTag.of(t.name(), v);
        }
        return SetValue.of(i.path(), v);
    }
}
