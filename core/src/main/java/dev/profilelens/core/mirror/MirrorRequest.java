package dev.profilelens.core.mirror;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to mirror.
 *
 * @param stores        store names (empty: every store of the source)
 * @param prefix        only keys starting with this ("" for all)
 * @param versions      copy every version, not only the current one
 * @param orderedStores names among {@code stores} that are ordered data stores of the source: a name the source has
 *                      only as an ordered store is copied by {@link OrderedMirror} and not refused here
 */
public record MirrorRequest(List<String> stores, String prefix, boolean versions, Set<String> orderedStores) {
    public MirrorRequest {
        stores = List.copyOf(stores);
        Objects.requireNonNull(prefix, "prefix");
        orderedStores = Set.copyOf(orderedStores);
    }

    public MirrorRequest(List<String> stores, String prefix, boolean versions) {
        this(stores, prefix, versions, Set.of());
    }

    /** A stable text of the request: a resumed run must ask for the same thing. */
    public String describe() {
        return "stores=" + (stores.isEmpty() ? "*" : String.join(",", stores)) + " prefix=" + prefix
                + " versions=" + versions;
    }
}
