package dev.profilelens.connectors.sqlite.index;

import dev.profilelens.core.audit.index.AuditIndex;
import dev.profilelens.core.audit.index.AuditIndexProvider;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.audit.index.ScanFeed;
import dev.profilelens.core.audit.index.ScanSpec;
import dev.profilelens.core.store.ProfileSource;
import java.nio.file.Path;

/** The SQLite audit index behind the core SPI (ServiceLoader). */
public final class SqliteAuditIndexProvider implements AuditIndexProvider {
    @Override
    public AuditIndex open(Path file) {
        return SqliteAuditIndex.open(file);
    }

    @Override
    public ScanFeed feed(ProfileSource source, ScanSpec spec, RequestPacer pacer) {
        return ScanFeeds.forSource(source, spec, pacer);
    }

    @Override
    public void close(ScanFeed feed) {
        ScanFeeds.close(feed);
    }

    @Override
    public Path defaultFile(Path dataDir, String sourceDescription, ScanSpec spec) {
        return ScanFeeds.defaultIndexFile(dataDir, sourceDescription, spec);
    }
}
