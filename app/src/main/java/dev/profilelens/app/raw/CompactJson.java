package dev.profilelens.app.raw;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Pretty JSON for reading: a table whose one-line form fits in the width stays on one line (an inventory item, a
 * settings block); larger ones are broken over lines with two-space indents. Written in one pass by
 * {@link RobloxJson} (so the Roblox value rules hold) with a printer that follows a plan made beforehand: one
 * "break or not" per table, in the order the writer meets them. A 4 MB inventory becomes about 40,000 lines
 * instead of 300,000, which keeps the Raw pane quick and easier to scan.
 */
public final class CompactJson {
    public static final int WIDTH = 120;
    private static final int CAP = 1 << 20;

    private CompactJson() {
    }

    public static String pretty(JsonNode node) {
        List<Boolean> plan = new ArrayList<>();
        measure(node, 0, plan);
        return RobloxJson.pretty(node, new Printer(plan.iterator()));
    }

    /** The one-line length of {@code n} (capped); records each table's decision in pre-order. */
    private static int measure(JsonNode n, int indent, List<Boolean> plan) {
        if (!n.isContainerNode()) {
            return n.isTextual() ? n.textValue().length() + 2 : n.isNull() ? 4 : n.asText().length();
        }
        int at = plan.size();
        plan.add(Boolean.FALSE);
        long len = 2;
        int members = 0;
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                if (!e.getValue().isNull()) {
                    len += e.getKey().length() + 4 + measure(e.getValue(), indent + 2, plan) + (members++ > 0 ? 2 : 0);
                }
            }
        } else {
            for (JsonNode item : n) {
                len += measure(item, indent + 2, plan) + (members++ > 0 ? 2 : 0);
            }
        }
        plan.set(at, members > 0 && len > WIDTH - indent);
        return (int) Math.min(len, CAP);
    }

    /** Lays out tables as planned: broken ones one member per line, the others inline with ", " and ": ". */
    private static final class Printer implements PrettyPrinter {
        private final Iterator<Boolean> plan;
        private final Deque<Boolean> open = new ArrayDeque<>();

        Printer(Iterator<Boolean> plan) {
            this.plan = plan;
        }

        private void start(JsonGenerator g, char c) throws IOException {
            g.writeRaw(c);
            open.push(plan.hasNext() ? plan.next() : Boolean.TRUE);
        }

        private void end(JsonGenerator g, int count, char c) throws IOException {
            boolean broken = open.pop();
            if (broken && count > 0) {
                newline(g, open.size());
            }
            g.writeRaw(c);
        }

        private void first(JsonGenerator g) throws IOException {
            if (open.peek()) {
                newline(g, open.size());
            }
        }

        private void separator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            if (open.peek()) {
                newline(g, open.size());
            } else {
                g.writeRaw(' ');
            }
        }

        private static void newline(JsonGenerator g, int depth) throws IOException {
            g.writeRaw('\n');
            for (int i = 0; i < depth; i++) {
                g.writeRaw("  ");
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            start(g, '{');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            end(g, nrOfEntries, '}');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            separator(g);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            start(g, '[');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            end(g, nrOfValues, ']');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            separator(g);
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            first(g);
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            first(g);
        }
    }
}
