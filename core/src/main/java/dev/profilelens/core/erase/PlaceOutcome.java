package dev.profilelens.core.erase;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one planned place.
 *
 * @param version the version deleted (standard keys), or the value (ordered entries, {@code value N}); null when
 *                nothing was deleted
 * @param at      when it was deleted, or null
 * @param detail  a sentence for the report (who held it, what failed, who re-created it)
 */
public record PlaceOutcome(ErasePlace place, Status status, @Nullable String version, @Nullable Instant at,
                           String detail) {
    /** The outcomes, as the report's JSON spells them (lower case). */
    public enum Status {
        /** Deleted through ProfileLens. */
        DELETED,
        /** Gone before ProfileLens deleted it (someone else did). */
        ALREADY_GONE,
        /** A live server kept it: not deleted. */
        LIVE,
        /** Deleted, but a server wrote it again afterwards. */
        RECREATED,
        /** The delete failed (the service, the audit log). */
        FAILED,
        /** Not attempted: the run was cancelled first. */
        NOT_ATTEMPTED
    }

    public PlaceOutcome {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    public PlaceOutcome withStatus(Status newStatus, String newDetail) {
        return new PlaceOutcome(place, newStatus, version, at, newDetail);
    }
}
