package dev.profilelens.core.edit;

import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.SourceCapabilities;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A source that forwards to another; tests override single methods to inject faults. */
class ForwardingSource implements ProfileSource {
    private final ProfileSource delegate;

    ForwardingSource(ProfileSource delegate) {
        this.delegate = delegate;
    }

    @Override
    public String describe() {
        return delegate.describe();
    }

    @Override
    public SourceCapabilities capabilities() {
        return delegate.capabilities();
    }

    @Override
    public Page<DataStoreInfo> listDataStores(String prefix, @Nullable String cursor, int limit) {
        return delegate.listDataStores(prefix, cursor, limit);
    }

    @Override
    public Page<EntryRef> listKeys(String store, @Nullable String scope, String prefix, @Nullable String cursor,
                                   int limit) {
        return delegate.listKeys(store, scope, prefix, cursor, limit);
    }

    @Override
    public Optional<StoredEntry> read(EntryRef ref) {
        return delegate.read(ref);
    }

    @Override
    public WriteResult write(WriteRequest request) {
        return delegate.write(request);
    }

    @Override
    public void delete(EntryRef ref) {
        delegate.delete(ref);
    }

    @Override
    public Page<VersionInfo> listVersions(EntryRef ref, VersionQuery query, @Nullable String cursor, int limit) {
        return delegate.listVersions(ref, query, cursor, limit);
    }

    @Override
    public Optional<StoredEntry> readVersion(EntryRef ref, String version) {
        return delegate.readVersion(ref, version);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
