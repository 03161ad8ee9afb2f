package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.error.InvalidInputException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How an array element is identified: by a field's value ({@code Id = "…"}) or, with a null field, by being equal to
 * a whole value. Never by index.
 */
public record ItemMatch(@Nullable String field, JsonNode value) {
    public ItemMatch {
        Objects.requireNonNull(value, "value");
        value = value.deepCopy();
        if (field != null && field.isEmpty()) {
            throw new InvalidInputException("The field to match an item by is empty");
        }
    }

    public static ItemMatch byField(String field, JsonNode value) {
        return new ItemMatch(field, value);
    }

    public static ItemMatch equalTo(JsonNode value) {
        return new ItemMatch(null, value);
    }

    public boolean matches(JsonNode element) {
        if (field == null) {
            return JsonEquals.equal(element, value);
        }
        return element.isObject() && JsonEquals.equal(element.get(field), value);
    }

    public String describe() {
        return field == null ? "equal to " + Change.text(value) : field + "=" + Change.text(value);
    }

    /**
     * The match that tells {@code element} apart from the other elements of {@code array}: an id-like field
     * ({@code Id}, {@code Guid}, …) when unique, else equality when no other element is equal; null when neither.
     */
    public static @Nullable ItemMatch identify(JsonNode array, JsonNode element) {
        return ArrayIntents.identity(array, element);
    }
}
