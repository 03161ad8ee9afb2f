package dev.profilelens.core.updates;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.edit.intent.AppendItem;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.RemoveItem;
import dev.profilelens.core.edit.intent.SetTag;
import dev.profilelens.core.edit.intent.SetValue;
import dev.profilelens.core.error.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The values a delivery template's placeholders stand for. */
final class Placeholders {
    private Placeholders() {
    }

    /** The value for {@code name}; null when the string is not a known placeholder (it is then kept as text). */
    static @Nullable JsonNode value(String name, Intent i) {
        return switch (name) {
            case "$delta" -> i instanceof AddDelta a ? a.delta() : missing(name, i);
            case "$value" -> i instanceof SetValue s ? s.value() : i instanceof SetTag t ? t.value() : missing(name, i);
            case "$item" -> i instanceof AppendItem a ? a.item() : missing(name, i);
            case "$match" -> i instanceof RemoveItem r ? r.match().value() : missing(name, i);
            case "$name" -> RobloxJson.nodes().textNode(i.path().substring(i.path().lastIndexOf('/') + 1)
                    .replace("~1", "/").replace("~0", "~"));
            case "$path" -> RobloxJson.nodes().textNode(i.path());
            default -> null;
        };
    }

    private static JsonNode missing(String name, Intent i) {
        throw new InvalidInputException("The delivery template uses " + name + " in a rule for " + i.kind()
                + ", which has no such value", i.path());
    }
}
