package dev.profilelens.core.store;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A source that forwards every call to another: the base of decorators that change a few calls (fault injection and
 * invariant checks in tests, wrappers around a connector).
 */
public class ForwardingProfileSource implements ProfileSource {
    private final ProfileSource delegate;

    public ForwardingProfileSource(ProfileSource delegate) {
        this.delegate = delegate;
    }

    /** The source calls are forwarded to. */
    protected final ProfileSource delegate() {
        return delegate;
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
