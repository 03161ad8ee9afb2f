package dev.profilelens.core.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * jq computes in doubles: {@code .Coins += 5} on {@code 10} gives {@code 15.0}. Where the value before held an
 * integer at the same place and the result is an integral double within the long range, the integer is kept, so a
 * transform does not turn a game's integers into floats.
 */
final class Integers {
    private Integers() {
    }

    static JsonNode keep(JsonNode before, JsonNode after) {
        if (after.isDouble() || after.isFloat()) {
            double d = after.doubleValue();
            if ((before.isIntegralNumber() || before.isMissingNode()) && d == Math.rint(d)
                    && Math.abs(d) < 9.007199254740992E15) {
                return JsonNodeFactory.instance.numberNode((long) d);
            }
            return after;
        }
        if (after instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                o.set(name, keep(before.path(name), o.get(name)));
            }
        } else if (after instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, keep(before.path(i), a.get(i)));
            }
        }
        return after;
    }
}
