package dev.profilelens.core.audit.index;

import dev.profilelens.core.store.ProfileSource;
import java.nio.file.Path;

/**
 * Where MetaTag audit indexes live and how a source is read for a scan; a connector registers one with
 * ServiceLoader ({@code META-INF/services/dev.profilelens.core.audit.index.AuditIndexProvider}) so the app's
 * windows never name a connector.
 */
public interface AuditIndexProvider {
    /** Opens (creating) the index file. */
    AuditIndex open(Path file);

    /** The fastest feed for scanning {@code source} (a local store may be read directly). */
    ScanFeed feed(ProfileSource source, ScanSpec spec, RequestPacer pacer);

    /** Releases what a feed from {@link #feed} holds. */
    void close(ScanFeed feed);

    /** The index file for a source and spec under the data directory. */
    Path defaultFile(Path dataDir, String sourceDescription, ScanSpec spec);
}
