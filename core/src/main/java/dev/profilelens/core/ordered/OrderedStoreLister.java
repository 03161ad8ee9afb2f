package dev.profilelens.core.ordered;

import java.util.List;

/**
 * An ordered source that can name its ordered stores (a local SQLite store can; Open Cloud has no such listing, so
 * there the user names them). Used by mirrors and by the right-to-erasure search.
 */
public interface OrderedStoreLister {
    /** Every ordered store and scope holding at least one entry, by name then scope. */
    List<OrderedStoreRef> orderedStores();
}
