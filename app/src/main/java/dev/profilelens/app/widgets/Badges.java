package dev.profilelens.app.widgets;

import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The short texts the browser shows for a key once read. */
public final class Badges {
    private Badges() {
    }

    public static String format(ProfileReading r) {
        return switch (r.kind()) {
            case PROFILE -> switch (r.dialect()) {
                case PROFILESTORE -> "PSt";
                case PROFILESERVICE -> "PS";
                case PROFILESERVICE_PLUS -> "PS+";
                default -> "profile";
            };
            case UNKNOWN -> "unknown, read-only";
            case PLACEHOLDER -> "placeholder";
            case CORRUPT -> "corrupt";
            case MISSING -> "missing";
        };
    }

    public static @Nullable String lock(ProfileReading r, LockState lock) {
        if (r.kind() != Kind.PROFILE) {
            return null;
        }
        return lock.status().name().toLowerCase(Locale.ROOT);
    }
}
