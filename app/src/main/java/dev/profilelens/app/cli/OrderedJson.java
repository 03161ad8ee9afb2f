package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.profilelens.core.ordered.OrderedEntry;

/** The JSON line the ordered commands print for an entry: {@code {"key":"p1","value":10}}. */
final class OrderedJson {
    private OrderedJson() {
    }

    static String line(OrderedEntry e) {
        return JsonNodeFactory.instance.objectNode().put("key", e.key()).put("value", e.value()).toString();
    }
}
