package dev.profilelens.core.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a listing. A page may be short or even empty while {@code nextCursor} is set (Roblox reads one
 * partition per call): keep paging until the cursor is null.
 */
public record Page<T>(List<T> items, @Nullable String nextCursor) {
    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return nextCursor != null;
    }
}
