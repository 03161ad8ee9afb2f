package dev.profilelens.core.mirror;

import dev.profilelens.core.ordered.OrderedStoreRef;
import java.util.List;
import java.util.Objects;

/**
 * What to mirror.
 *
 * @param stores   store names (empty: every store of the source)
 * @param prefix   only keys starting with this ("" for all)
 * @param versions copy every version, not only the current one
 * @param ordered  the ordered data stores copied after the standard ones ({@link OrderedMirror#stores}); a name among
 *                 {@code stores} the source has only as an ordered store is one of these and is not refused
 */
public record MirrorRequest(List<String> stores, String prefix, boolean versions, List<OrderedStoreRef> ordered) {
    public MirrorRequest {
        stores = List.copyOf(stores);
        Objects.requireNonNull(prefix, "prefix");
        ordered = List.copyOf(ordered);
    }

    public MirrorRequest(List<String> stores, String prefix, boolean versions) {
        this(stores, prefix, versions, List.of());
    }

    /** A stable text of the request: a resumed run must ask for the same thing. */
    public String describe() {
        return "stores=" + (stores.isEmpty() ? "*" : String.join(",", stores)) + " prefix=" + prefix
                + " versions=" + versions;
    }
}
