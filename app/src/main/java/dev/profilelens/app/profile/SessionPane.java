package dev.profilelens.app.profile;

import dev.profilelens.app.widgets.StatusBadge;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.lock.LockStatus;
import dev.profilelens.core.model.MetaData;
import dev.profilelens.core.model.SessionTag;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** Who holds the session lock, for how long against the dialect's dead-lock age, and the load counters. */
final class SessionPane {
    private SessionPane() {
    }

    static Node of(ProfileSnapshot s) {
        Fields f = new Fields();
        LockState lock = s.lock();
        Label state = StatusBadge.lock(lock.status().name().toLowerCase(Locale.ROOT));
        state.setId("session-lock-state");
        f.add("Lock", new HBox(8, state, new Label(describe(lock))));
        SessionTag owner = lock.owner();
        f.add("Owner place", owner == null ? "—" : owner.placeId().asText()).setId("session-owner-place");
        f.add("Owner job", owner == null ? "—" : owner.jobId().asText()).setId("session-owner-job");
        f.add("Owner session id", owner == null || owner.sessionId() == null ? "—" : owner.sessionId());
        Label age = f.add("Lock age", age(lock));
        age.setId("session-lock-age");
        SessionTag fl = lock.forceLoadRequestedBy();
        f.add("Force-load requested by", fl == null ? "none" : fl.display() + " (waiting for the owner to release)");
        MetaData meta = s.reading().meta();
        f.add("Dialect", s.reading().dialect().label()
                + "  (dead-lock age " + lock.deadLockSeconds() + " s)");
        f.add("SessionLoadCount", meta == null || meta.sessionLoadCount() == null ? "—"
                : meta.sessionLoadCount().toString());
        f.add("Created", meta == null || meta.profileCreateTime() == null ? "—"
                : Times.both(Instant.ofEpochSecond(meta.profileCreateTime()), s.readAt()));
        f.add("Last update", meta == null || meta.lastUpdate() == null ? "— (never stale without LastUpdate)"
                : Times.both(Instant.ofEpochSecond(meta.lastUpdate()), s.readAt()));
        return f.node();
    }

    private static String age(LockState lock) {
        if (lock.ageSeconds() == null) {
            return lock.status() == LockStatus.FREE ? "—" : "unknown (no LastUpdate)";
        }
        return lock.ageSeconds() + " s of " + lock.deadLockSeconds() + " s"
                + (lock.status() == LockStatus.STALE ? "  — STALE: the owner stopped saving" : "");
    }

    private static String describe(LockState lock) {
        return switch (lock.status()) {
            case FREE -> "Released: no server holds this profile.";
            case ACTIVE -> "A live game server holds this profile; direct saves are refused.";
            case STALE -> "The owner has not saved for longer than the dead-lock age; the next load takes it over.";
        };
    }
}
