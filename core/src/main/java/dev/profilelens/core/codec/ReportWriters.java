package dev.profilelens.core.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Plain JSON for reports and log rows ({@link RobloxJson#prettyReport}, {@link RobloxJson#compactReport}): the
 * codec's factory with room for the few levels a report wraps values in. Never for values that will be stored.
 */
final class ReportWriters {
    /** Reports wrap values a few levels deep (a merge conflict: object, array, object, then the value). */
    private static final int REPORT_WRAPPING = 16;
    private static final ObjectMapper MAPPER = new ObjectMapper(RobloxJson.FACTORY.rebuild()
            .streamWriteConstraints(StreamWriteConstraints.builder()
                    .maxNestingDepth(NestingLimit.MAX_DEPTH + REPORT_WRAPPING).build()).build());
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
    private static final ObjectWriter COMPACT = MAPPER.writer();

    private ReportWriters() {
    }

    static String pretty(JsonNode node) {
        return write(PRETTY, node);
    }

    static String compact(JsonNode node) {
        return write(COMPACT, node);
    }

    private static String write(ObjectWriter w, JsonNode node) {
        try {
            return w.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
