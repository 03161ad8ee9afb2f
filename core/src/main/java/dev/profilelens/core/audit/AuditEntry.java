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
 * @param versionAfter  the version it created; empty while {@link AuditStatus#UNCONFIRMED} or when
 *                      {@link AuditStatus#FAILED}
 * @param patch         RFC 6902 patch from the old value to the new one
 * @param action        what kind of write: save, clear-stale-lock, replace, global-update, message, restore, revert,
 *                      edit, put, deliver, handover-request, handover-withdraw
 * @param changes       the intents the write applied, each with the value before and after it (empty for writes
 *                      recorded before intents existed, and for mailbox transforms)
 * @param status        whether the write is known to have happened
 * @param displayName   the author's display name (team log), empty when not set
 * @param universe      the universe id the connection points at, empty when none (local sandbox)
 * @param batch         the batch the write belongs to, empty for a single edit
 */
public record AuditEntry(Instant time, String user, String connection, String store, String scope, String key,
                         @Nullable String versionBefore, String versionAfter, String action, JsonNode patch,
                         String reason, List<AuditChange> changes, AuditStatus status, String displayName,
                         String universe, String batch) {
    public AuditEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(versionAfter, "versionAfter");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(reason, "reason");
        changes = List.copyOf(changes);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(universe, "universe");
        Objects.requireNonNull(batch, "batch");
        if (status == AuditStatus.DONE && versionAfter.isEmpty()) {
            throw new IllegalArgumentException("a done write needs the version it created");
        }
    }

    /** A confirmed write with its intents, without team details. */
    public AuditEntry(Instant time, String user, String connection, String store, String scope, String key,
                      @Nullable String versionBefore, String versionAfter, String action, JsonNode patch,
                      String reason, List<AuditChange> changes) {
        this(time, user, connection, store, scope, key, versionBefore, versionAfter, action, patch, reason, changes,
                AuditStatus.DONE, "", "", "");
    }

    /** An entry without intents (mailbox transforms, entries written before intents existed). */
    public AuditEntry(Instant time, String user, String connection, String store, String scope, String key,
                      @Nullable String versionBefore, String versionAfter, String action, JsonNode patch,
                      String reason) {
        this(time, user, connection, store, scope, key, versionBefore, versionAfter, action, patch, reason,
                List.of());
    }

    /** An entry without intents, with its status and team details. */
    public AuditEntry(Instant time, String user, String connection, String store, String scope, String key,
                      @Nullable String versionBefore, String versionAfter, String action, JsonNode patch,
                      String reason, AuditStatus status, String displayName, String universe, String batch) {
        this(time, user, connection, store, scope, key, versionBefore, versionAfter, action, patch, reason,
                List.of(), status, displayName, universe, batch);
    }

    /** This entry as a write about to be made: unconfirmed, no version after yet. */
    public AuditEntry intended() {
        return new AuditEntry(time, user, connection, store, scope, key, versionBefore, "", action, patch, reason,
                changes, AuditStatus.UNCONFIRMED, displayName, universe, batch);
    }

    /** This entry with its outcome. */
    public AuditEntry withOutcome(AuditStatus outcome, String newVersion) {
        return new AuditEntry(time, user, connection, store, scope, key, versionBefore, newVersion, action, patch,
                reason, changes, outcome, displayName, universe, batch);
    }

    /** This entry with the team details. */
    public AuditEntry withTeam(String newDisplayName, String newUniverse, String newBatch) {
        return new AuditEntry(time, user, connection, store, scope, key, versionBefore, versionAfter, action, patch,
                reason, changes, status, newDisplayName, newUniverse, newBatch);
    }
}
