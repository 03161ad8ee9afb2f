package dev.profilelens.core.mirror;

import java.util.List;
import java.util.Objects;

/**
 * What to mirror.
 *
 * @param stores   store names (empty: every store of the source)
 * @param prefix   only keys starting with this ("" for all)
 * @param versions copy every version, not only the current one
 */
public record MirrorRequest(List<String> stores, String prefix, boolean versions) {
    public MirrorRequest {
        stores = List.copyOf(stores);
        Objects.requireNonNull(prefix, "prefix");
    }

    /** A stable text of the request: a resumed run must ask for the same thing. */
    public String describe() {
        return "stores=" + (stores.isEmpty() ? "*" : String.join(",", stores)) + " prefix=" + prefix
                + " versions=" + versions;
    }
}
