package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.JsonPointers;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.model.Kind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Derives intents from a value as read and the value the user wants (text editor, put, restore, revert). For a
 * profile only what the developer owns becomes intents: {@code Data}, the MetaTags, {@code UserIds} and
 * {@code RobloxMetaData}; session fields and the mailbox are left to the libraries. Anything else is a whole-value
 * replacement.
 */
public final class IntentDiff {
    /** How a changed number becomes an intent. */
    public enum Numbers {
        /** {@code +500}: keeps what a server added meanwhile (the editor's default). */
        DELTA,
        /** {@code set 154108}: refuses when someone else changed it meanwhile (put, restore, revert). */
        SET
    }

    private static final List<String> TOP = List.of("UserIds", "RobloxMetaData");

    private IntentDiff() {
    }

    public static List<Intent> derive(@Nullable JsonNode before, JsonNode after,
                                      Numbers numbers) {
        if (before == null || ProfileCodec.classify(before) != Kind.PROFILE
                || ProfileCodec.classify(after) != Kind.PROFILE) {
            return before != null && JsonEquals.equal(before, after) ? List.of() : List.of(new ReplaceValue(after));
        }
        List<Intent> out = new ArrayList<>();
        walk("/Data", before.get("Data"), after.get("Data"), numbers, out);
        tags(before.at("/MetaData/MetaTags"), after.at("/MetaData/MetaTags"), out);
        for (String name : TOP) {
            JsonNode b = before.get(name);
            JsonNode a = after.get(name);
            if (a != null && !JsonEquals.equal(a, b)) {
                out.add(new SetValue("/" + name, a, b == null ? RobloxJson.nodes().missingNode() : b));
            } else if (a == null && b != null) {
                out.add(new RemoveKey("/" + name));
            }
        }
        return out;
    }

    /**
     * As {@link #derive}, plus a guarded "set" of the mailbox ({@code GlobalUpdates}) when the caller changed it on
     * purpose (restore's "drop the pending updates"): it refuses when a new update arrived since it was read.
     */
    public static List<Intent> deriveWithMailbox(@Nullable JsonNode before, JsonNode after,
                                                 Numbers numbers) {
        List<Intent> out = new ArrayList<>(derive(before, after, numbers));
        JsonNode was = before == null ? null : before.get("GlobalUpdates");
        JsonNode now = after.get("GlobalUpdates");
        boolean replaced = out.stream().anyMatch(i -> i instanceof ReplaceValue);
        if (!replaced && was != null && now != null && !JsonEquals.equal(was, now)) {
            out.add(new SetValue("/GlobalUpdates", now, was));
        }
        return out;
    }

    private static void tags(JsonNode before, JsonNode after, List<Intent> out) {
        Map<String, JsonNode> b = members(before);
        Map<String, JsonNode> a = members(after);
        b.forEach((name, v) -> {
            if (!a.containsKey(name)) {
                out.add(new RemoveTag(name));
            }
        });
        a.forEach((name, v) -> {
            JsonNode was = b.get(name);
            if (!JsonEquals.equal(was, v)) {
                out.add(new SetTag(name, v, was == null ? RobloxJson.nodes().missingNode() : was));
            }
        });
    }

    private static Map<String, JsonNode> members(JsonNode table) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        if (table.isObject()) {
            table.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue()));
        }
        return m;
    }

    /**
     * The intents that turn {@code before} into {@code after} at {@code path} (an in-place edit of one value): a
     * number becomes a delta or a guarded set, an array edit removals by identity and appends, anything else a
     * guarded set.
     */
    public static List<Intent> between(String path, JsonNode before, JsonNode after, Numbers numbers) {
        List<Intent> out = new ArrayList<>();
        walk(path, before, after, numbers, out);
        return out;
    }

    static void walk(String path, JsonNode before, JsonNode after, Numbers numbers, List<Intent> out) {
        if (JsonEquals.equal(before, after)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            for (Iterator<String> it = before.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!after.has(name)) {
                    out.add(new RemoveKey(JsonPointers.child(path, name)));
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = JsonPointers.child(path, e.getKey());
                JsonNode was = before.get(e.getKey());
                if (was == null) {
                    out.add(new SetValue(child, e.getValue(), RobloxJson.nodes().missingNode()));
                } else {
                    walk(child, was, e.getValue(), numbers, out);
                }
            }
        } else if (before.isNumber() && after.isNumber() && numbers == Numbers.DELTA) {
            out.add(new AddDelta(path, difference(after, before)));
        } else if (before.isArray() && after.isArray() && ArrayIntents.derive(path, before, after, numbers, out)) {
            return;
        } else {
            out.add(new SetValue(path, after, before));
        }
    }

    static JsonNode difference(JsonNode a, JsonNode b) {
        if (a.isIntegralNumber() && b.isIntegralNumber() && a.canConvertToLong() && b.canConvertToLong()) {
            return RobloxJson.nodes().numberNode(a.asLong() - b.asLong());
        }
        return RobloxJson.nodes().numberNode(a.decimalValue().subtract(b.decimalValue()));
    }
}
