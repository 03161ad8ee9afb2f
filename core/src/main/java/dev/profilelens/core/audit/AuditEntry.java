package dev.profilelens.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One write made through ProfileLens.
 *
 * @param user          the OS user who made it
 * @param connection    the connection's name (e.g. "sandbox", "Production EU")
 * @param versionBefore the version the write replaced (null when the key was missing)
 * @param patch         RFC 6902 patch from the old value to the new one
 * @param action        what kind of write: save, clear-stale-lock, replace, global-update, message, restore, revert
 */
public record AuditEntry(Instant time, String user, String connection, String store, String scope, String key,
                         @Nullable String versionBefore, String versionAfter, String action, JsonNode patch,
                         String reason) {
    public AuditEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(versionAfter, "versionAfter");
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(reason, "reason");
    }
}
