package dev.profilelens.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One write made through ProfileLens.
 *
 * @param user          the OS user who made it
 * @param connection    the connection's name (e.g. "sandbox", "Production EU")
 * @param versionBefore the version the write replaced (null when the key was missing)
 * @param patch         RFC 6902 patch from the old value to the new one
 * @param action        what kind of write: save, clear-stale-lock, replace, global-update, message, restore, revert,
 *                      edit, put, deliver, handover-request, handover-withdraw
 * @param changes       the intents the write applied, each with the value before and after it (empty for writes
 *                      recorded before intents existed, and for mailbox transforms)
 */
public record AuditEntry(Instant time, String user, String connection, String store, String scope, String key,
                         @Nullable String versionBefore, String versionAfter, String action, JsonNode patch,
                         String reason, List<AuditChange> changes) {
    public AuditEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(versionAfter, "versionAfter");
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(reason, "reason");
        changes = List.copyOf(changes);
    }

    /** An entry without intents (mailbox transforms, entries written before intents existed). */
    public AuditEntry(Instant time, String user, String connection, String store, String scope, String key,
                      @Nullable String versionBefore, String versionAfter, String action, JsonNode patch,
                      String reason) {
        this(time, user, connection, store, scope, key, versionBefore, versionAfter, action, patch, reason,
                List.of());
    }
}
