package dev.profilelens.core.audit;

import java.util.Objects;

/**
 * The outcome of one pending write, as recorded in step two ({@link AuditLog#recordOutcomes}).
 *
 * @param versionAfter the new version when {@code status} is {@link AuditStatus#DONE}, otherwise empty
 */
public record AuditOutcome(PendingWrite pending, AuditStatus status, String versionAfter) {
    public AuditOutcome {
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(versionAfter, "versionAfter");
    }
}
