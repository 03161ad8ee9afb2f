package dev.profilelens.core.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Filters for reading the log; null means "any". Entries come newest first, at most {@code limit}.
 *
 * @param user  the OS user or the display name of the author
 * @param until entries strictly before this time
 */
public record AuditQuery(@Nullable String key, @Nullable String user, @Nullable String batch,
                         @Nullable Instant since, @Nullable Instant until, int limit) {
    public AuditQuery {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
    }

    /** The newest {@code limit} entries. */
    public static AuditQuery newest(int limit) {
        return new AuditQuery(null, null, null, null, null, limit);
    }

    public AuditQuery withKey(@Nullable String k) {
        return new AuditQuery(k, user, batch, since, until, limit);
    }

    public AuditQuery withUser(@Nullable String u) {
        return new AuditQuery(key, u, batch, since, until, limit);
    }

    public AuditQuery withBatch(@Nullable String b) {
        return new AuditQuery(key, user, b, since, until, limit);
    }

    public AuditQuery withSince(@Nullable Instant t) {
        return new AuditQuery(key, user, batch, t, until, limit);
    }

    public AuditQuery withUntil(@Nullable Instant t) {
        return new AuditQuery(key, user, batch, since, t, limit);
    }

    /** Whether an entry passes every filter (for logs that filter in memory). */
    public boolean matches(AuditEntry e) {
        return (key == null || key.equals(e.key()))
                && (user == null || user.equals(e.user()) || user.equals(e.displayName()))
                && (batch == null || batch.equals(e.batch()))
                && (since == null || !e.time().isBefore(since))
                && (until == null || e.time().isBefore(until));
    }
}
