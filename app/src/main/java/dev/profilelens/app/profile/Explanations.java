package dev.profilelens.app.profile;

import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.ProfileReading;
import org.jspecify.annotations.Nullable;

/** Plain words for values that are not a normal profile: what the library will do with them (spec §1.4). */
public final class Explanations {
    private Explanations() {
    }

    public static @Nullable String of(ProfileReading r) {
        String lib = r.dialect().isProfileLibrary() ? r.dialect().label() : "ProfileService";
        return switch (r.kind()) {
            case PROFILE -> null;
            case UNKNOWN -> "This value looks like a profile but matches no known library: it has "
                    + "both MetaData and Metadata, or its metadata under another name. ProfileLens shows it as it "
                    + "is and will not write it; a ProfileService or ProfileStore server would replace it.";
            case MISSING -> "This key holds no value. When a game server loads it, " + lib + " creates a fresh "
                    + "profile from the store's template.";
            case PLACEHOLDER -> "This is a placeholder: only global updates / messages were sent to this key, there "
                    + "is no profile yet. When the player first joins, the library creates a profile from the "
                    + "template and keeps these " + pending(r) + " pending update(s), which the game then applies.";
            case CORRUPT -> "This value is corrupt for " + lib + ": " + reason(r) + ". At the next load or global "
                    + "update the library discards it, starts a fresh profile from the template (keeping no "
                    + "mailbox) and sets " + (r.dialect() == Dialect.PROFILESTORE ? "WasOverwritten" : "WasCorrupted")
                    + " = true. Replace it as a whole only if you mean to restore the player's data.";
        };
    }

    private static int pending(ProfileReading r) {
        return r.mailbox() == null ? 0 : r.mailbox().pendingCount();
    }

    private static String reason(ProfileReading r) {
        if (r.root() == null || !r.root().isContainerNode()) {
            return "the stored value is not a table";
        }
        if (r.root().isArray()) {
            return "the stored value is a list, not a profile table";
        }
        if (!r.root().has("GlobalUpdates")) {
            return "the profile has no GlobalUpdates table";
        }
        return "Data or " + (r.dialect() == Dialect.PROFILESERVICE_PLUS ? "Metadata" : "MetaData")
                + " is not a table";
    }
}
