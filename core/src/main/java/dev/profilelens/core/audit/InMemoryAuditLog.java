package dev.profilelens.core.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A thread-safe audit log held in memory (tests, read-only sessions); records writes in two steps. */
public final class InMemoryAuditLog implements AuditLog {
    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized PendingWrite recordIntent(AuditEntry entry) {
        AuditEntry intended = entry.intended();
        entries.add(intended);
        return new PendingWrite(entries.size() - 1L, intended);
    }

    @Override
    public synchronized void recordOutcome(PendingWrite pending, AuditStatus outcome, String versionAfter) {
        if (pending.id() < 0 || pending.id() >= entries.size()
                || entries.get((int) pending.id()).status() != AuditStatus.UNCONFIRMED) {
            throw new IllegalStateException("no unconfirmed write " + pending.id() + " in this log");
        }
        entries.set((int) pending.id(), pending.entry().withOutcome(outcome, versionAfter));
    }

    @Override
    public synchronized List<AuditEntry> query(@Nullable String key, @Nullable Instant since, int limit) {
        return query(new AuditQuery(key, null, null, since, null, limit));
    }

    @Override
    public synchronized List<AuditEntry> query(AuditQuery q) {
        List<AuditEntry> out = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && out.size() < q.limit(); i--) {
            AuditEntry e = entries.get(i);
            if (q.matches(e)) {
                out.add(e);
            }
        }
        return out;
    }
}
