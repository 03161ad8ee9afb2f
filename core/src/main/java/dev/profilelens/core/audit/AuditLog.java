package dev.profilelens.core.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where the save pipeline records every write, and where the log viewer and {@code profilelens log} read. */
public interface AuditLog {
    void record(AuditEntry entry);

    /** Entries newest first, optionally for one key and/or since a time. */
    List<AuditEntry> query(@Nullable String key, @Nullable Instant since, int limit);
}
