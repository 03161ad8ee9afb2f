package dev.profilelens.app.versions;

import dev.profilelens.app.auditlog.ActionNames;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.store.VersionInfo;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A version with the ProfileLens write that created it, when there was one (joined from the audit log by the
 * version it created); versions written by game servers have none.
 */
public record VersionRow(VersionInfo info, @Nullable AuditEntry write) {
    public VersionRow {
        Objects.requireNonNull(info, "info");
    }

    /** Who wrote it through ProfileLens ("Ana (ana)"); empty when the audit log has no entry (a game server, say). */
    public String author() {
        if (write == null) {
            return "";
        }
        return write.displayName().isEmpty() ? write.user() : write.displayName() + " (" + write.user() + ")";
    }

    /** The action as the user knows it (save, restore, revert, …); empty for versions not written by ProfileLens. */
    public String action() {
        return write == null ? "" : ActionNames.of(write);
    }

    public String reason() {
        return write == null ? "" : write.reason();
    }
}
