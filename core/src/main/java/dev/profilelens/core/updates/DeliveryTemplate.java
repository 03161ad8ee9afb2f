package dev.profilelens.core.updates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.Validator;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * How a store's game wants an edit delivered while a live server owns the profile (ADR 0091): a small JSON mapping
 * from intents to global update / message payloads, e.g.
 * <pre>{"rules":[{"intent":"add","path":"/Data/Coins",
 *               "update":{"Type":"Gift","Item":"Coins","Amount":"$delta"}}]}</pre>
 * A rule's {@code path} is exact or ends in {@code /*} (any member of that table). In {@code update}, a string that is
 * exactly a placeholder is replaced by the intent's value: {@code $delta} (add), {@code $value} (set, tag),
 * {@code $item} (append), {@code $match} (remove-item), {@code $name} (the path's last name), {@code $path}.
 */
public record DeliveryTemplate(List<Rule> rules) {
    /** Largest single update payload the template may produce, in encoded bytes. */
    public static final int MAX_UPDATE_BYTES = 65_536;

    /** One mapping: an intent kind on a path to an update payload pattern. */
    public record Rule(String intent, String path, JsonNode update) {
        boolean matches(Intent i) {
            if (!intent.equals(i.kind())) {
                return false;
            }
            if (path.endsWith("/*")) {
                String parent = path.substring(0, path.length() - 2);
                return i.path().startsWith(parent + "/") && i.path().indexOf('/', parent.length() + 1) < 0;
            }
            return path.equals(i.path());
        }
    }

    public DeliveryTemplate {
        rules = List.copyOf(rules);
    }

    /** Reads a template ({@code {"rules":[…]}}); names what is wrong and where. */
    public static DeliveryTemplate parse(JsonNode json, String where) {
        JsonNode rules = json.get("rules");
        if (rules == null || !rules.isArray() || rules.isEmpty()) {
            throw new InvalidInputException("A delivery template needs a non-empty \"rules\" array (" + where + ")",
                    "/rules");
        }
        List<Rule> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            JsonNode r = rules.get(i);
            String at = "/rules/" + i;
            boolean ok = r.path("intent").isTextual() && r.path("path").isTextual();
            if (!ok || !ProfileCodec.isTable(r.get("update"))) {
                throw new InvalidInputException("Each rule needs \"intent\" and \"path\" strings and an \"update\" "
                        + "table (" + where + ")", at);
            }
            out.add(new Rule(r.get("intent").asText(), r.get("path").asText(), r.get("update")));
        }
        return new DeliveryTemplate(out);
    }

    /**
     * The template for {@code store} from a template file: either one template ({@code {"rules":[…]}}) or one per
     * store ({@code {"PlayerData":{"rules":[…]}, …}}).
     */
    public static DeliveryTemplate forStore(JsonNode file, String store, String where) {
        if (file.has("rules")) {
            return parse(file, where);
        }
        JsonNode t = file.get(store);
        if (t == null || !t.isObject()) {
            throw new InvalidInputException("The delivery templates in " + where + " have none for the store \""
                    + store + "\"", "/" + store);
        }
        return parse(t, where + " (store " + store + ")");
    }

    /** One update payload per intent, in order. Refuses intents no rule covers and unstorable payloads. */
    public List<JsonNode> render(List<Intent> intents) {
        List<JsonNode> out = new ArrayList<>();
        for (Intent i : intents) {
            Rule rule = rules.stream().filter(r -> r.matches(i)).findFirst().orElseThrow(() ->
                    new InvalidInputException("The delivery template has no rule for " + i.kind() + " "
                            + i.describe() + " (it covers: " + covered() + "); nothing was sent", i.path()));
            JsonNode update = fill(rule.update().deepCopy(), i);
            if (!ProfileCodec.isTable(update)) {
                throw new InvalidInputException("The template makes a non-table update for " + i.kind() + " "
                        + i.describe(), i.path());
            }
            Validator.validateStored(update);
            int size = RobloxJson.write(update).length;
            if (size > MAX_UPDATE_BYTES) {
                throw new InvalidInputException("The template makes an update of " + size + " bytes for " + i.kind()
                        + " " + i.describe() + " (at most " + MAX_UPDATE_BYTES + ")", i.path());
            }
            out.add(update);
        }
        return out;
    }

    private String covered() {
        return String.join(", ", rules.stream().map(r -> r.intent() + " " + r.path()).toList());
    }

    private static JsonNode fill(JsonNode node, Intent i) {
        if (node.isTextual() && node.asText().startsWith("$")) {
            JsonNode v = Placeholders.value(node.asText(), i);
            return v == null ? node : v;
        }
        if (node instanceof ObjectNode obj) {
            for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                e.setValue(fill(e.getValue(), i));
            }
        } else if (node instanceof ArrayNode arr) {
            for (int k = 0; k < arr.size(); k++) {
                arr.set(k, fill(arr.get(k), i));
            }
        }
        return node;
    }
}
