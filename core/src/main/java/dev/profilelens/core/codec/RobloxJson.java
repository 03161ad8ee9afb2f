package dev.profilelens.core.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes stored values with Roblox's JSON rules (ADR 0002), the only place those rules live.
 * <ul>
 *   <li>Parsing keeps numbers exact: integers as integer nodes, fractions as {@link BigDecimal} with the digits
 *   read, {@code -0} as negative zero; {@code NaN}/{@code Infinity} tokens are accepted so validation can name
 *   their path (writing them is refused).</li>
 *   <li>Writing: empty objects become {@code []}, {@code null} members are omitted, integral numbers within
 *   ±2^53 are written without fraction or exponent, object key order is kept.</li>
 * </ul>
 */
public final class RobloxJson {
    /** 2^53: integral doubles up to this magnitude are exact and written as integers. */
    static final double MAX_SAFE_INTEGER = 9_007_199_254_740_992d;
    private static final BigDecimal MAX_SAFE = BigDecimal.valueOf(9_007_199_254_740_992L);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            // characters beyond the BMP (emoji) as their four UTF-8 bytes, as Luau strings hold them, not as escapes
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            // one level of slack: NestingLimit is checked by readValue / writeValue, which name the path
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(64 * 1024 * 1024).maxNestingDepth(NestingLimit.MAX_DEPTH + 1).build())
            .streamWriteConstraints(StreamWriteConstraints.builder()
                    .maxNestingDepth(NestingLimit.MAX_DEPTH + 1).build())
            .build();
    private RobloxJson() {
    }

    /** The node factory for trees built in code (parsed fractions are exact {@link DecimalNode}s). */
    public static JsonNodeFactory nodes() {
        return NODES;
    }

    /** Parses UTF-8 JSON text; throws {@link InvalidInputException} with line and column on bad input. */
    public static JsonNode parse(byte[] utf8) {
        try (JsonParser p = FACTORY.createParser(utf8)) {
            return parseDocument(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            return parseDocument(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Which parts of a value to build: {@link #ALL} builds everything; {@link #member} says how much of a member (or
     * an array item, named by its index) to build, or null to keep it only as an empty table of its kind (scalars
     * are always read). Skipped tables are still checked for well-formed JSON.
     */
    public interface Prune {
        Prune ALL = name -> Prune.ALL;

        @Nullable Prune member(String name);
    }

    /** Parses like {@link #parse(byte[])}, building only the parts {@code want} asks for (the audit index's read). */
    public static JsonNode parsePruned(byte[] utf8, Prune want) {
        try (JsonParser p = FACTORY.createParser(utf8)) {
            return parseDocument(p, want);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parseDocument(JsonParser p) throws IOException {
        return parseDocument(p, Prune.ALL);
    }

    private static JsonNode parseDocument(JsonParser p, Prune want) throws IOException {
        try {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new InvalidInputException("Invalid JSON: the input is empty");
            }
            JsonNode root = readValue(p, t, new SharedLeaves(), 0, want);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw invalid("unexpected content after the JSON value", p.currentTokenLocation());
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw invalid(JsonErrors.plain(e.getOriginalMessage()), loc);
        }
    }

    private static InvalidInputException invalid(String what, JsonLocation loc) {
        String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        return new InvalidInputException("Invalid JSON" + where + ": " + what);
    }

    /** Reads the value starting at {@code t}, which sits inside {@code depth} tables. */
    private static JsonNode readValue(JsonParser p, JsonToken t, SharedLeaves shared, int depth,
                                      @Nullable Prune want) throws IOException {
        if (depth == NestingLimit.MAX_DEPTH && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
            throw NestingLimit.exceeded(p.getParsingContext().pathAsPointer().toString());
        }
        if (want == null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
            p.skipChildren();
            return t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
        }
        switch (t) {
            case START_OBJECT: {
                // small tables are the common case (ADR 0270); a repeated name is found by the insert itself
                ObjectNode o = new ObjectNode(NODES, new TableMembers(4));
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Prune inner = want == Prune.ALL || want == null ? want : want.member(name);
                    if (o.replace(name, readValue(p, p.nextToken(), shared, depth + 1, inner)) != null) {
                        throw invalid("Duplicate field '" + name + "'", p.currentTokenLocation());
                    }
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    Prune inner = want == Prune.ALL || want == null ? want
                            : want.member(Integer.toString(a.size()));
                    a.add(readValue(p, e, shared, depth + 1, inner));
                }
                return a;
            }
            case VALUE_STRING:
                return shared.text(p.getText());
            case VALUE_NUMBER_INT:
                return readInteger(p);
            case VALUE_NUMBER_FLOAT:
                return readFraction(p);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw invalid("unexpected token " + t, p.currentTokenLocation());
        }
    }

    static JsonNode readInteger(JsonParser p) throws IOException {
        switch (p.getNumberType()) {
            case INT: {
                int v = p.getIntValue();
                if (v == 0 && p.getText().startsWith("-")) {
                    return NODES.numberNode(-0.0d);
                }
                return SharedLeaves.integer(v);
            }
            case LONG:
                return NODES.numberNode(p.getLongValue());
            default:
                return NODES.numberNode(p.getBigIntegerValue());
        }
    }

    static JsonNode readFraction(JsonParser p) throws IOException {
        if (p.isNaN()) {
            return NODES.numberNode(p.getDoubleValue());
        }
        BigDecimal d = p.getDecimalValue();
        if (d.signum() == 0 && p.getText().startsWith("-")) {
            return NODES.numberNode(-0.0d);
        }
        return DecimalNode.valueOf(d);
    }

    /** Compact UTF-8 bytes with Roblox's rules. Refuses NaN/infinity and a null root. */
    public static byte[] write(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512); // grows as needed; most values are small
        writeTo(out, node);
        return out.toByteArray();
    }

    /** Writes {@link #write(JsonNode)}'s bytes to {@code out}. */
    static void writeTo(OutputStream out, JsonNode node) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writeValue(g, node, new PathTrail());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Like {@link #write(JsonNode)}, but every part of {@code node} equal to the part at the same path of the
     * {@code stored} text is written as it was stored, byte for byte (an edit changes only what it changed). Stored
     * text that is not valid JSON by these rules is not reused.
     */
    public static byte[] writeKeeping(JsonNode node, byte[] stored) {
        return KeepingWriter.bytes(FACTORY, node, stored, null);
    }

    /** As {@link #writeKeeping(JsonNode, byte[])}, given {@code parse(stored)} the caller already holds. */
    public static byte[] writeKeeping(JsonNode node, byte[] stored, JsonNode parsedStored) {
        return KeepingWriter.bytes(FACTORY, node, stored, parsedStored);
    }

    /** The length of {@link #write(JsonNode)}'s bytes, counted without keeping them. */
    public static int size(JsonNode node) {
        CountingSink out = new CountingSink();
        writeTo(out, node);
        return (int) Math.min(Integer.MAX_VALUE, out.count);
    }

    public static String writeString(JsonNode node) {
        return new String(write(node), StandardCharsets.UTF_8);
    }

    /** Indented text for people (editor, CLI output), with the same value rules as {@link #write}. */
    public static String pretty(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            writeValue(g, node, new PathTrail());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Plain indented JSON for reports (CLI output): {@code null} and {@code {}} are written as such. Never use this
     * for values that will be stored.
     */
    public static String prettyReport(JsonNode node) {
        return ReportWriters.pretty(node);
    }

    /** As {@link #prettyReport} on one line (a log row's patch). */
    public static String compactReport(JsonNode node) {
        return ReportWriters.compact(node);
    }

    static void writeValue(JsonGenerator g, JsonNode n, PathTrail path) throws IOException {
        if (n.isContainerNode()) {
            NestingLimit.check(path);
        }
        switch (n.getNodeType()) {
            case OBJECT:
                writeObject(g, n, path);
                break;
            case ARRAY:
                g.writeStartArray();
                for (int i = 0; i < n.size(); i++) {
                    path.push(i);
                    writeValue(g, n.get(i), path);
                    path.pop();
                }
                g.writeEndArray();
                break;
            case STRING:
                writeText(g, n.textValue(), false, path);
                break;
            case NUMBER:
                writeNumber(g, n, path);
                break;
            case BOOLEAN:
                g.writeBoolean(n.booleanValue());
                break;
            case NULL:
                g.writeNull();
                break;
            default:
                throw new InvalidInputException("This value cannot be stored in a DataStore", path.pointer());
        }
    }

    private static void writeObject(JsonGenerator g, JsonNode n, PathTrail path) throws IOException {
        boolean any = false;
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            if (e.getValue().isNull() || e.getValue().isMissingNode()) {
                continue;
            }
            if (!any) {
                g.writeStartObject();
                any = true;
            }
            path.push(e.getKey());
            writeText(g, e.getKey(), true, path);
            writeValue(g, e.getValue(), path);
            path.pop();
        }
        if (any) {
            g.writeEndObject();
        } else {
            g.writeStartArray();
            g.writeEndArray();
        }
    }

    /**
     * Writes a string or a key. One that is not valid Unicode (a lone surrogate) is refused naming its path: Jackson
     * would write it as an escape sequence, which Roblox refuses and which our reader refuses in keys.
     */
    static void writeText(JsonGenerator g, String text, boolean key, PathTrail path) throws IOException {
        if (!Limits.encodesAsUtf8(text)) {
            throw new InvalidInputException("The " + (key ? "key" : "string") + " is not valid Unicode (it holds a "
                    + "lone surrogate) and cannot be stored as UTF-8", path.pointer());
        }
        if (key) {
            g.writeFieldName(text);
        } else {
            g.writeString(text);
        }
    }

    private static void writeNumber(JsonGenerator g, JsonNode n, PathTrail path) throws IOException {
        if (n.isIntegralNumber()) {
            if (n.canConvertToLong()) {
                g.writeNumber(n.longValue());
            } else {
                g.writeNumber(n.bigIntegerValue());
            }
        } else if (n.isBigDecimal()) {
            writeDecimal(g, n.decimalValue(), path);
        } else {
            writeDouble(g, n.doubleValue(), path);
        }
    }

    private static void writeDecimal(JsonGenerator g, BigDecimal d, PathTrail path) throws IOException {
        if (mayBeIntegral(d) && (d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0)) {
            if (d.abs().compareTo(MAX_SAFE) <= 0) {
                g.writeNumber(d.longValueExact());
                return;
            }
        }
        if (d.precision() - d.scale() > 309 && Double.isInfinite(d.doubleValue())) {
            throw new InvalidInputException("The number " + d + " is too large for a Lua number (it would be inf)",
                    path.pointer());
        }
        g.writeNumber(d.toString());
    }

    /** False when a positive scale ends in a non-zero digit (the common fraction), without allocating. */
    private static boolean mayBeIntegral(BigDecimal d) {
        if (d.scale() <= 0 || d.precision() > 18) {
            return true;
        }
        return d.unscaledValue().longValue() % 10 == 0;
    }

    private static void writeDouble(JsonGenerator g, double v, PathTrail path) throws IOException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new InvalidInputException("NaN and infinite numbers cannot be stored", path.pointer());
        }
        if (v == Math.rint(v) && Math.abs(v) <= MAX_SAFE_INTEGER) {
            if (v == 0 && 1 / v < 0) {
                g.writeNumber("-0");
            } else {
                g.writeNumber((long) v);
            }
            return;
        }
        g.writeNumber(Double.toString(v));
    }
}
