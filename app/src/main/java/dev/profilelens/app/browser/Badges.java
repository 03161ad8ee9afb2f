package dev.profilelens.app.browser;

import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import org.jspecify.annotations.Nullable;

/** The short texts the browser shows for a key once read. */
public final class Badges {
    private Badges() {
    }

    public static String format(ProfileReading r) {
        return switch (r.kind()) {
            case PROFILE -> r.dialect() == Dialect.PROFILESTORE ? "PSt" : r.dialect() == Dialect.PROFILESERVICE
                    ? "PS" : "profile";
            case PLACEHOLDER -> "placeholder";
            case CORRUPT -> "corrupt";
            case MISSING -> "missing";
        };
    }

    public static @Nullable String lock(ProfileReading r, LockState lock) {
        if (r.kind() != Kind.PROFILE) {
            return null;
        }
        return lock.status().name().toLowerCase(java.util.Locale.ROOT);
    }
}
