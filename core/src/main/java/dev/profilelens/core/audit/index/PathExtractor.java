package dev.profilelens.core.audit.index;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.JsonPointers;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.store.StoredEntry;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Extracts the indexed paths from stored values. Thread-safe. */
public final class PathExtractor {
    private final List<String> exact = new ArrayList<>();
    private final List<String> tables = new ArrayList<>();
    private final PrunedReader reader;

    public PathExtractor(List<String> paths) {
        for (String p : paths) {
            if (p.endsWith("/*")) {
                tables.add(p.substring(0, p.length() - 2));
            } else {
                exact.add(p);
            }
        }
        List<String> bases = new ArrayList<>(exact);
        bases.addAll(tables);
        this.reader = new PrunedReader(bases);
    }

    /**
     * Reads one stored entry (pruned to the indexed paths); a value that is not JSON is indexed as corrupt with no
     * values.
     */
    public IndexedProfile extract(StoredEntry entry) {
        JsonNode root;
        try {
            root = reader.read(entry.value());
        } catch (InvalidInputException | UncheckedIOException e) {
            return new IndexedProfile(entry.ref(), entry.version(), Kind.CORRUPT, entry.updated(), List.of());
        }
        Kind kind = ProfileCodec.classify(root);
        return new IndexedProfile(entry.ref(), entry.version(), kind, entry.updated(), values(root));
    }

    public List<IndexedValue> values(JsonNode root) {
        List<IndexedValue> out = new ArrayList<>(4);
        for (String p : exact) {
            add(out, p, root.at(p));
        }
        for (String base : tables) {
            JsonNode table = base.isEmpty() ? root : root.at(base);
            if (table.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> it = table.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> f = it.next();
                    add(out, JsonPointers.child(base, f.getKey()), f.getValue());
                }
            }
        }
        return out;
    }

    private static void add(List<IndexedValue> out, String path, @Nullable JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return;
        }
        if (v.isNumber()) {
            String text = v.isIntegralNumber() ? v.asText() : RobloxJson.writeString(v);
            out.add(new IndexedValue(path, ValueType.NUMBER, v.doubleValue(), text));
        } else if (v.isTextual()) {
            out.add(new IndexedValue(path, ValueType.STRING, null, v.textValue()));
        } else if (v.isBoolean()) {
            out.add(new IndexedValue(path, ValueType.BOOLEAN, null,
                    Boolean.toString(v.booleanValue())));
        } else {
            out.add(new IndexedValue(path, ValueType.TABLE, null, RobloxJson.writeString(v)));
        }
    }
}
