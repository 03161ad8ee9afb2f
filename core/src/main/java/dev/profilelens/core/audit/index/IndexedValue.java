package dev.profilelens.core.audit.index;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One extracted value.
 *
 * @param path   the concrete JSON pointer (never a {@code /*} pattern)
 * @param number the numeric value of a number, null for other types
 * @param text   the value as text: strings unquoted, numbers and tables as JSON, booleans {@code true/false}
 */
public record IndexedValue(String path, ValueType type, @Nullable Double number, String text) {
    public IndexedValue {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }
}
