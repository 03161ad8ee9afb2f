package dev.profilelens.app.connection;

import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * A connection's source as every feature sees it: each remote call runs on the connection's one ordered lane
 * (design.md §5), whoever makes it - a view model, a scan, a watch, a mailbox follow-up - so the calls of one
 * connection queue behind each other and share its request budget, while another connection's lane is not held up.
 * A call made on the lane itself runs at once. A caller interrupted while its call waits (Cancel) gets its call
 * withdrawn and an {@link UnavailableException}.
 */
final class LaneSource extends ForwardingProfileSource {
    private final ExecutorService lane;
    private final ThreadLocal<Boolean> onLane;

    LaneSource(ProfileSource delegate, ExecutorService lane, ThreadLocal<Boolean> onLane) {
        super(delegate);
        this.lane = lane;
        this.onLane = onLane;
    }

    @Override
    public ProfileSource underlying() {
        return delegate().underlying();
    }

    @Override
    public Page<DataStoreInfo> listDataStores(String prefix, @Nullable String cursor, int limit) {
        return call(() -> delegate().listDataStores(prefix, cursor, limit));
    }

    @Override
    public Page<EntryRef> listKeys(String store, @Nullable String scope, String prefix, @Nullable String cursor,
                                   int limit) {
        return call(() -> delegate().listKeys(store, scope, prefix, cursor, limit));
    }

    @Override
    public Optional<StoredEntry> read(EntryRef ref) {
        return call(() -> delegate().read(ref));
    }

    @Override
    public WriteResult write(WriteRequest request) {
        return call(() -> delegate().write(request));
    }

    @Override
    public void delete(EntryRef ref) {
        call(() -> {
            delegate().delete(ref);
            return Boolean.TRUE;
        });
    }

    @Override
    public Page<VersionInfo> listVersions(EntryRef ref, VersionQuery query, @Nullable String cursor, int limit) {
        return call(() -> delegate().listVersions(ref, query, cursor, limit));
    }

    @Override
    public Optional<StoredEntry> readVersion(EntryRef ref, String version) {
        return call(() -> delegate().readVersion(ref, version));
    }

    private <T> T call(Callable<T> work) {
        if (Boolean.TRUE.equals(onLane.get())) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        Future<T> f = lane.submit(work);
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnavailableException("Cancelled while waiting for the connection", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
