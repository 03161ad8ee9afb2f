package dev.profilelens.core.find;

import java.util.Objects;

/** A Roblox user as a directory returns it. */
public record UserRecord(long id, String name, String displayName) {
    public UserRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
    }
}
