package dev.profilelens.core.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The condition a write must meet: none, "key must not exist", or "stored version must equal". */
public record Precondition(Kind kind, @Nullable String version) {
    public enum Kind { NONE, MUST_NOT_EXIST, MATCH_VERSION }

    public Precondition {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.MATCH_VERSION) != (version != null)) {
            throw new IllegalArgumentException("version is required exactly for MATCH_VERSION");
        }
    }

    public static Precondition none() {
        return new Precondition(Kind.NONE, null);
    }

    public static Precondition mustNotExist() {
        return new Precondition(Kind.MUST_NOT_EXIST, null);
    }

    public static Precondition matchVersion(String version) {
        return new Precondition(Kind.MATCH_VERSION, version);
    }
}
