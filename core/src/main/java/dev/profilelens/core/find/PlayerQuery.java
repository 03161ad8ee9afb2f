package dev.profilelens.core.find;

import dev.profilelens.core.error.InvalidInputException;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** What the user typed to find a player: a UserId ({@code 100032}) or a username ({@code @builderman}). */
public record PlayerQuery(@Nullable Long userId, @Nullable String username) {
    public PlayerQuery {
        if ((userId == null) == (username == null)) {
            throw new IllegalArgumentException("exactly one of userId and username");
        }
    }

    /** Parses {@code 100032} or {@code @name} (cli.md {@code find}). */
    public static PlayerQuery parse(String text, String where) {
        return parse(text, where, false);
    }

    /** As {@link #parse}, also taking a bare name with letters ({@code builderman}): the search box. */
    public static PlayerQuery parseTyped(String text) {
        return parse(text, "search", true);
    }

    private static PlayerQuery parse(String text, String where, boolean bareNames) {
        String t = Objects.requireNonNull(text, "text").strip();
        if (t.startsWith("@")) {
            return named(t.substring(1), where);
        }
        OptionalLong id = KeyTemplate.parseId(t);
        if (id.isPresent()) {
            return new PlayerQuery(id.getAsLong(), null);
        }
        if (bareNames && !t.isEmpty() && t.chars().anyMatch(Character::isLetter)) {
            return named(t, where);
        }
        throw new InvalidInputException("\"" + text + "\" is neither a UserId (digits, e.g. 100032) nor a "
                + "username (e.g. @builderman)", where);
    }

    private static PlayerQuery named(String name, String where) {
        if (!name.matches("[A-Za-z0-9_]{3,20}")) {
            throw new InvalidInputException("\"" + name + "\" is not a Roblox username (3-20 letters, digits or _)",
                    where);
        }
        return new PlayerQuery(null, name);
    }
}
