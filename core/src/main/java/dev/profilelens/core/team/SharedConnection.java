package dev.profilelens.core.team;

import java.util.Objects;

/**
 * A connection profile the whole team sees: never an API key (each person keeps theirs in their own keychain).
 *
 * @param colour      the title bar colour, {@code #rrggbb}
 * @param safetyLevel how careful writes through it are (the app's safety level name)
 */
public record SharedConnection(String name, String universe, String colour, String safetyLevel) {
    public SharedConnection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(universe, "universe");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(safetyLevel, "safetyLevel");
    }
}
