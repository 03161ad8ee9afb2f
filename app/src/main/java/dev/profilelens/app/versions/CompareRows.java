package dev.profilelens.app.versions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.JsonPointers;
import dev.profilelens.core.diff.JsonDiff;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.edit.intent.Change;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds the rows of a readable comparison (pure; run in the background for big values). */
final class CompareRows {
    /** At most this many rows for "all paths"; a 4 MB profile has far more leaves than anyone reads. */
    static final int ALL_LIMIT = 20_000;

    private CompareRows() {
    }

    /** One row per changed path (the paths of the JSON patch from {@code older} to {@code newer}). */
    static List<CompareRow> changed(JsonNode older, JsonNode newer) {
        return JsonDiff.changedPaths(older, newer).stream()
                .map(p -> new CompareRow(p, text(older.at(p)), text(newer.at(p)), true)).toList();
    }

    /** One row per leaf (or empty table) of either value, in document order, marked when the values differ. */
    static List<CompareRow> all(JsonNode older, JsonNode newer) {
        List<CompareRow> out = new ArrayList<>();
        walk("", older, newer, out);
        return out;
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<CompareRow> out) {
        if (out.size() >= ALL_LIMIT) {
            return;
        }
        boolean containers = (a.isMissingNode() || a.isContainerNode() && !a.isEmpty())
                && (b.isMissingNode() || b.isContainerNode() && !b.isEmpty())
                && (a.isObject() || b.isObject()) != (a.isArray() || b.isArray());
        if (!containers) {
            out.add(new CompareRow(path.isEmpty() ? "/" : path, text(a), text(b), !JsonEquals.equal(a, b)));
            return;
        }
        if (a.isArray() || b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                walk(JsonPointers.child(path, i), a.path(i), b.path(i), out);
            }
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(names::add);
        for (Iterator<String> it = b.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        for (String n : names) {
            walk(JsonPointers.child(path, n), a.path(n), b.path(n), out);
        }
    }

    private static String text(JsonNode n) {
        return Change.text(n);
    }
}
