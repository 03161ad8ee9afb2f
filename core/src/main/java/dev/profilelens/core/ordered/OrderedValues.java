package dev.profilelens.core.ordered;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Ordered values are integers within int64 (datastore2.md §2.2). Values arrive as JSON numbers or, from v1, as
 * numeric strings; both are accepted, anything else is refused with a message naming where.
 */
public final class OrderedValues {
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private OrderedValues() {
    }

    /** A value typed by the user or sent in a body (decimal text, optional sign, no fraction). */
    public static long parse(String text, String where) {
        String t = text.trim();
        BigDecimal d;
        try {
            d = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("An ordered data store value must be an integer, not \"" + text + "\"",
                    where);
        }
        return exact(d, text, where);
    }

    /** A value from JSON: a number or a numeric string. */
    public static long fromJson(JsonNode n, String where) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            throw new InvalidInputException("The ordered value is missing", where);
        }
        if (n.isTextual()) {
            return parse(n.textValue(), where);
        }
        if (!n.isNumber()) {
            throw new InvalidInputException("An ordered data store value must be an integer, not " + n, where);
        }
        return exact(n.decimalValue(), n.toString(), where);
    }

    /** {@code a + b}, refused when the sum leaves int64. */
    public static long add(long a, long b, String where) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new InvalidInputException("The increment takes the value beyond the 64-bit integer range ("
                    + a + " + " + b + ")", where);
        }
    }

    private static long exact(BigDecimal d, String text, String where) {
        BigInteger i;
        try {
            i = d.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException("An ordered data store value must be an integer, not " + text, where);
        }
        if (i.compareTo(MIN) < 0 || i.compareTo(MAX) > 0) {
            throw new InvalidInputException("The value " + text + " exceeds the 64-bit integer range of ordered "
                    + "data stores (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")", where);
        }
        return i.longValueExact();
    }
}
