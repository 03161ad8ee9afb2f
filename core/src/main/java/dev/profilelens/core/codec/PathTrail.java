package dev.profilelens.core.codec;

import java.util.ArrayList;
import java.util.List;

/** The JSON path of the node being written, kept as tokens and turned into a pointer only for an error. */
final class PathTrail {
    private final List<Object> tokens = new ArrayList<>();

    void push(Object token) {
        tokens.add(token);
    }

    void pop() {
        tokens.remove(tokens.size() - 1);
    }

    /** How many tables enclose the node being written. */
    int depth() {
        return tokens.size();
    }

    String pointer() {
        StringBuilder b = new StringBuilder();
        for (Object t : tokens) {
            b.append('/').append(t instanceof String s ? JsonPointers.escape(s) : t.toString());
        }
        return b.toString();
    }
}
