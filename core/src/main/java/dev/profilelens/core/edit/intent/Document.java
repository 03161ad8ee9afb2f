package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** The value intents are applied to; a whole-value intent replaces the root. Not thread-safe. */
public final class Document {
    private JsonNode root;

    public Document(JsonNode root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    public JsonNode root() {
        return root;
    }

    void replace(JsonNode newRoot) {
        root = Objects.requireNonNull(newRoot, "newRoot");
    }
}
