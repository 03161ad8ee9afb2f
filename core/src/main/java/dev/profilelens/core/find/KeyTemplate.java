package dev.profilelens.core.find;

import dev.profilelens.core.error.InvalidInputException;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How a store names a player's key: a fixed text around one {@code {id}} token, e.g. {@code Player_{id}} or
 * {@code {id}}. A key matches when it is the prefix, a decimal UserId (no sign, no leading zero) and the suffix.
 */
public record KeyTemplate(String prefix, String suffix) {
    public static final String TOKEN = "{id}";

    public KeyTemplate {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
    }

    /** Parses {@code Player_{id}}; the text must hold {@code {id}} exactly once. */
    public static KeyTemplate parse(String text) {
        int at = text.indexOf(TOKEN);
        if (at < 0 || text.indexOf(TOKEN, at + 1) >= 0) {
            throw new InvalidInputException("The key template \"" + text + "\" must contain " + TOKEN
                    + " exactly once, e.g. Player_" + TOKEN);
        }
        return new KeyTemplate(text.substring(0, at), text.substring(at + TOKEN.length()));
    }

    /** The key this template gives a UserId. */
    public String render(long userId) {
        return prefix + userId + suffix;
    }

    /** The UserId in {@code key}, or empty when the key does not follow this template. */
    public OptionalLong match(String key) {
        if (key.length() <= prefix.length() + suffix.length() || !key.startsWith(prefix) || !key.endsWith(suffix)) {
            return OptionalLong.empty();
        }
        String digits = key.substring(prefix.length(), key.length() - suffix.length());
        return parseId(digits);
    }

    static OptionalLong parseId(String digits) {
        if (digits.isEmpty() || digits.length() > 18 || digits.charAt(0) == '0') {
            return OptionalLong.empty();
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(Long.parseLong(digits));
    }

    @Override
    public String toString() {
        return prefix + TOKEN + suffix;
    }
}
