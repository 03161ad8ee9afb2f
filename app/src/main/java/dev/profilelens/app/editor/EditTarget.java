package dev.profilelens.app.editor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.store.EntryRef;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an editor opens on: the value as it was read (the merge base), its version, how it reads and its lock.
 *
 * @param base        the whole stored value, null when the key is missing
 * @param baseVersion null when the key is missing
 */
public record EditTarget(ConnectionSession session, EntryRef ref, @Nullable JsonNode base,
                         @Nullable String baseVersion, Kind kind, LockState lock) {
    public EditTarget {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lock, "lock");
    }

    /** A profile's Data is edited on its own; anything else (placeholder, corrupt, plain value) as a whole. */
    public boolean editsDataOnly() {
        return kind == Kind.PROFILE && base != null && base.has("Data");
    }

    /** The text an editor of this value shows: Data and MetaTags of a profile, else the whole value. */
    public String text() {
        JsonNode b = base;
        return b == null ? "{}" : text(b);
    }

    /** The editor's text for {@code whole}, a value of this key (the value as read, or as edited). */
    String text(JsonNode whole) {
        return RobloxJson.pretty(editsDataOnly() ? Analysis.editable(whole) : whole);
    }
}
