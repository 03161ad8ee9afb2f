package dev.profilelens.app.settings;

import java.util.Objects;

/** A profile tab left open: its connection's name and the key, reopened at the next start. */
public record OpenTab(String connection, String store, String scope, String key) {
    public OpenTab {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
    }
}
