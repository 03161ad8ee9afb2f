package dev.profilelens.core.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A thread-safe audit log held in memory (tests, read-only sessions). */
public final class InMemoryAuditLog implements AuditLog {
    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> query(@Nullable String key, @Nullable Instant since, int limit) {
        List<AuditEntry> out = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && out.size() < limit; i--) {
            AuditEntry e = entries.get(i);
            if ((key == null || key.equals(e.key())) && (since == null || !e.time().isBefore(since))) {
                out.add(e);
            }
        }
        return out;
    }
}
