package dev.profilelens.core.audit.index;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.RequestBudget;
import dev.profilelens.core.store.StoredEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A scan feed over any source: lists keys and reads each (one request each), paced by a {@link RequestPacer}. */
public final class SourceScanFeed implements ScanFeed {
    private static final int LIST_PAGE = 100;
    private final ProfileSource source;
    private final ScanSpec spec;
    private final RequestPacer pacer;

    public SourceScanFeed(ProfileSource source, ScanSpec spec, RequestPacer pacer) {
        this.source = source;
        this.spec = spec;
        this.pacer = pacer;
    }

    @Override
    public long countKeys() {
        long n = 0;
        String cursor = null;
        do {
            pacer.acquire(RequestBudget.Category.LIST);
            Page<EntryRef> page = source.listKeys(spec.store(), spec.scope(), spec.prefix(), cursor, LIST_PAGE);
            n += page.items().size();
            cursor = page.nextCursor();
        } while (cursor != null);
        return n;
    }

    @Override
    public Page<StoredEntry> page(@Nullable String cursor, int limit) {
        pacer.acquire(RequestBudget.Category.LIST);
        Page<EntryRef> keys = source.listKeys(spec.store(), spec.scope(), spec.prefix(), cursor,
                Math.min(limit, LIST_PAGE));
        List<StoredEntry> out = new ArrayList<>(keys.items().size());
        for (EntryRef ref : keys.items()) {
            pacer.acquire(RequestBudget.Category.READ);
            Optional<StoredEntry> e = source.read(ref);
            e.ifPresent(out::add);
        }
        return new Page<>(out, keys.nextCursor());
    }
}
