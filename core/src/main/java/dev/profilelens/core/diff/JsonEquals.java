package dev.profilelens.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Deep JSON equality as the stored bytes see it: numbers compare by value ({@code 1} equals {@code 1.0}) except
 * that negative zero stays distinct from zero; object member order does not matter; {@code null} means absent.
 */
public final class JsonEquals {
    private JsonEquals() {
    }

    public static boolean equal(@Nullable JsonNode a, @Nullable JsonNode b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a.isNumber() && b.isNumber()) {
            return numbersEqual(a, b);
        }
        if (a.getNodeType() != b.getNodeType()) {
            return false;
        }
        if (a.isObject()) {
            return objectsEqual(a, b);
        }
        if (a.isArray()) {
            return arraysEqual(a, b);
        }
        return a.equals(b);
    }

    private static boolean numbersEqual(JsonNode a, JsonNode b) {
        if (a.isIntegralNumber() && b.isIntegralNumber() && a.canConvertToLong() && b.canConvertToLong()) {
            return a.longValue() == b.longValue();
        }
        if (isNegativeZero(a) != isNegativeZero(b)) {
            return false;
        }
        if (isNonFinite(a) || isNonFinite(b)) {
            return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
        return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }

    private static boolean isNonFinite(JsonNode n) {
        return (n.isDouble() || n.isFloat()) && !Double.isFinite(n.doubleValue());
    }

    private static boolean isNegativeZero(JsonNode n) {
        return (n.isDouble() || n.isFloat()) && n.doubleValue() == 0.0 && 1.0 / n.doubleValue() < 0;
    }

    private static boolean objectsEqual(JsonNode a, JsonNode b) {
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> it = a.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!equal(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean arraysEqual(JsonNode a, JsonNode b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
