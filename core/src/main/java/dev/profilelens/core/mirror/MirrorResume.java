package dev.profilelens.core.mirror;

import dev.profilelens.core.ordered.OrderedStoreRef;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an unfinished earlier run of the same mirror did, part by part (ADR 0235). A part is a standard data store
 * (all its scopes, listed together) or an ordered data store in one scope; each keeps its own position: the cursor
 * after its last committed page, or {@link #DONE} once its last page is in. A part not named starts from its start.
 *
 * @param positions part id ({@link #standard}, {@link #ordered}) to position
 */
public record MirrorResume(Map<String, String> positions) {
    /** The position of a part whose last page is committed. */
    public static final String DONE = "\u0000done";

    public MirrorResume {
        positions = Map.copyOf(positions);
    }

    /** A mirror starting from the beginning. */
    public static MirrorResume none() {
        return new MirrorResume(Map.of());
    }

    /** True when an earlier run left anything to continue from. */
    public boolean resumed() {
        return !positions.isEmpty();
    }

    /** True when the part's last page was committed by an earlier run. */
    public boolean done(String part) {
        return DONE.equals(positions.get(part));
    }

    /** Where the part continues (null: from its start, or it is {@linkplain #done done}). */
    public @Nullable String cursor(String part) {
        String p = positions.get(part);
        return p == null || DONE.equals(p) ? null : p;
    }

    /** The part id of a standard data store. */
    public static String standard(String store) {
        return "standard " + store;
    }

    /** The part id of an ordered data store in its scope (the scope's length keeps ids unambiguous). */
    public static String ordered(OrderedStoreRef store) {
        return "ordered " + store.scope().length() + ":" + store.scope() + " " + store.store();
    }
}
