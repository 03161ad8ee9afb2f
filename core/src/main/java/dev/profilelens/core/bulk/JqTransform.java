package dev.profilelens.core.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.edit.intent.Transform;
import dev.profilelens.core.edit.intent.ValueTransform;
import dev.profilelens.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Version;
import net.thisptr.jackson.jq.Versions;
import net.thisptr.jackson.jq.exception.JsonQueryException;

/**
 * A jq expression as a whole-value transform (ADR 0190), through jackson-jq (jq 1.6 semantics). The expression is
 * compiled once, when the bulk edit is set up, so a syntax error is bad input before anything runs; on each value it
 * must give exactly one output, a table. Numbers that come out integral where the stored value held an integer stay
 * integers (jq computes in doubles).
 */
public final class JqTransform implements ValueTransform {
    private static final Version VERSION = Versions.JQ_1_6;
    private static final Scope ROOT = rootScope();
    private final String expression;
    private final JsonQuery query;

    private JqTransform(String expression, JsonQuery query) {
        this.expression = expression;
        this.query = query;
    }

    /** Compiles {@code expression}; a syntax error is an {@link InvalidInputException} naming {@code option}. */
    public static JqTransform compile(String expression, String option) {
        try {
            return new JqTransform(expression, JsonQuery.compile(expression, VERSION));
        } catch (JsonQueryException e) {
            throw new InvalidInputException(option + " " + expression + ": not a jq expression (" + e.getMessage()
                    + ")", option);
        }
    }

    /** This expression as an intent on the whole value. */
    public Transform intent() {
        return new Transform("jq " + expression, this);
    }

    @Override
    public JsonNode apply(JsonNode latest) {
        List<JsonNode> out = new ArrayList<>(1);
        try {
            query.apply(Scope.newChildScope(ROOT), latest, out::add);
        } catch (JsonQueryException e) {
            throw new TransformException("jq " + expression + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new TransformException("jq " + expression + " failed: " + e);
        }
        if (out.size() != 1) {
            throw new TransformException("jq " + expression + " gave " + out.size()
                    + " results; a transform must give exactly one");
        }
        return Integers.keep(latest, out.get(0));
    }

    private static Scope rootScope() {
        Scope s = Scope.newEmptyScope();
        BuiltinFunctionLoader.getInstance().loadFunctions(VERSION, s);
        return s;
    }
}
