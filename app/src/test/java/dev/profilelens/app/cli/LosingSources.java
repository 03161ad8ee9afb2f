package dev.profilelens.app.cli;

import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSourceProvider;
import dev.profilelens.core.store.SourceCapabilities;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteOutcomeUnknownException;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Test provider {@code lost:NAME}: the in-memory source {@code memory:NAME}, except that a write is applied and its
 * answer lost, and from then on the service stays unreachable, so the writer cannot learn the outcome.
 */
public final class LosingSources implements ProfileSourceProvider {

    @Override
    public boolean supports(String spec) {
        return spec.startsWith("lost:");
    }

    @Override
    public ProfileSource open(String spec, Map<String, String> options) {
        return new Losing(MemorySources.named(spec.substring("lost:".length())));
    }

    private static final class Losing implements ProfileSource {
        private final InMemoryProfileSource stored;
        private boolean down;

        Losing(InMemoryProfileSource stored) {
            this.stored = stored;
        }

        private void reachable() {
            if (down) {
                throw new UnavailableException("No answer from the test service");
            }
        }

        @Override
        public String describe() {
            return "losing " + stored.describe();
        }

        @Override
        public SourceCapabilities capabilities() {
            return stored.capabilities();
        }

        @Override
        public Page<DataStoreInfo> listDataStores(String prefix, @Nullable String cursor, int limit) {
            reachable();
            return stored.listDataStores(prefix, cursor, limit);
        }

        @Override
        public Page<EntryRef> listKeys(String store, @Nullable String scope, String prefix, @Nullable String cursor,
                                       int limit) {
            reachable();
            return stored.listKeys(store, scope, prefix, cursor, limit);
        }

        @Override
        public Optional<StoredEntry> read(EntryRef ref) {
            reachable();
            return stored.read(ref);
        }

        @Override
        public WriteResult write(WriteRequest request) {
            reachable();
            stored.write(request);
            down = true;
            throw new WriteOutcomeUnknownException(request.ref(), new java.io.IOException("connection closed"));
        }

        @Override
        public void delete(EntryRef ref) {
            reachable();
            stored.delete(ref);
        }

        @Override
        public Page<VersionInfo> listVersions(EntryRef ref, VersionQuery query, @Nullable String cursor, int limit) {
            reachable();
            return stored.listVersions(ref, query, cursor, limit);
        }

        @Override
        public Optional<StoredEntry> readVersion(EntryRef ref, String version) {
            reachable();
            return stored.readVersion(ref, version);
        }

        @Override
        public void close() {
            // the shared in-memory source stays open for the test to inspect
        }
    }
}
