package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import java.util.Objects;

/** Adds a (possibly negative) number to the number stored at a path, whatever it is now. */
public record AddDelta(String path, JsonNode delta) implements Intent {
    public AddDelta {
        Pointer.check(path, false);
        Objects.requireNonNull(delta, "delta");
        if (!delta.isNumber() || !Double.isFinite(delta.asDouble())) {
            throw new InvalidInputException("A delta must be a finite number, not " + RobloxJson.writeString(delta),
                    path);
        }
    }

    public static AddDelta of(String path, long delta) {
        return new AddDelta(path, RobloxJson.nodes().numberNode(delta));
    }

    @Override
    public Change apply(Document doc) {
        JsonNode parent = Pointer.get(doc.root(), Pointer.parent(path));
        JsonNode now = parent == null ? null : Pointer.step(parent, Pointer.last(path));
        if (now == null) {
            throw Failures.gone(this, doc, path);
        }
        if (!now.isNumber()) {
            throw Failures.type(this, path, now, "a number");
        }
        JsonNode sum = plus(now, delta);
        if (parent instanceof ObjectNode obj) {
            obj.set(Pointer.last(path), sum);
        } else if (parent instanceof ArrayNode arr) {
            arr.set(Pointer.index(arr, Pointer.last(path)), sum);
        }
        return new Change(this, now, sum);
    }

    static JsonNode plus(JsonNode a, JsonNode b) {
        if (a.isIntegralNumber() && b.isIntegralNumber() && a.canConvertToLong() && b.canConvertToLong()) {
            try {
                return RobloxJson.nodes().numberNode(Math.addExact(a.asLong(), b.asLong()));
            } catch (ArithmeticException overflow) {
                return RobloxJson.nodes().numberNode(a.asDouble() + b.asDouble());
            }
        }
        double sum = a.asDouble() + b.asDouble();
        if (sum == Math.rint(sum) && Math.abs(sum) < 1e15) {
            return RobloxJson.nodes().numberNode((long) sum);
        }
        return RobloxJson.nodes().numberNode(sum);
    }

    @Override
    public String describe() {
        String d = RobloxJson.writeString(delta);
        return d.startsWith("-") ? d : "+" + d;
    }

    @Override
    public String kind() {
        return "add";
    }
}
