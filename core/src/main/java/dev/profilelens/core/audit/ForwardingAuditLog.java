package dev.profilelens.core.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A log that forwards every call to another: the base of decorators that change a few calls (a batch's name stamped
 * on its entries, a race injected between two steps in a test), as {@code ForwardingProfileSource} is for sources.
 */
public class ForwardingAuditLog implements AuditLog {
    private final AuditLog delegate;

    public ForwardingAuditLog(AuditLog delegate) {
        this.delegate = delegate;
    }

    /** The log calls are forwarded to. */
    protected final AuditLog delegate() {
        return delegate;
    }

    @Override
    public void record(AuditEntry entry) {
        delegate.record(entry);
    }

    @Override
    public List<AuditEntry> query(@Nullable String key, @Nullable Instant since, int limit) {
        return delegate.query(key, since, limit);
    }

    @Override
    public PendingWrite recordIntent(AuditEntry entry) {
        return delegate.recordIntent(entry);
    }

    @Override
    public void recordOutcome(PendingWrite pending, AuditStatus outcome, String versionAfter) {
        delegate.recordOutcome(pending, outcome, versionAfter);
    }

    @Override
    public List<PendingWrite> recordIntents(List<AuditEntry> entries) {
        return delegate.recordIntents(entries);
    }

    @Override
    public void recordOutcomes(List<AuditOutcome> outcomes) {
        delegate.recordOutcomes(outcomes);
    }

    @Override
    public List<AuditEntry> query(AuditQuery q) {
        return delegate.query(q);
    }

    @Override
    public AutoCloseable subscribe(Runnable onChange) {
        return delegate.subscribe(onChange);
    }
}
