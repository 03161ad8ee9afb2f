package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.model.Mailbox;
import java.time.Duration;

/**
 * Runs saves for one server (spec §3.2, §3.4): queue the call, run {@link SaveTransform}, then refresh the profile
 * from the stored value and react: deliver new global updates / messages, detect a lost lock (external release),
 * PSt's second, releasing save after a foreign force-load request, and release retries until success.
 */
final class ProfileSaver {
    private static final Duration RELEASE_RETRY = Duration.ofSeconds(1);

    private final SessionServer server;

    ProfileSaver(SessionServer server) {
        this.server = server;
    }

    void save(Profile p, boolean release, String reason) {
        server.jobStarted();
        server.queue().submit(p.key(), done -> call(p, release, reason, done));
    }

    private void call(Profile p, boolean release, String reason, Runnable done) {
        if (!server.alive()) {
            return;
        }
        SaveTransform t = new SaveTransform(p, server.tag(), server.config(), server.scheduler().clock(), release);
        server.updateCall().run(p.ref(), t, result -> {
            done.run();
            after(p, t, result.value(), release, reason);
            server.jobFinished();
        }, error -> {
            done.run();
            server.emit(SessionEvent.Type.ISSUE, p.ref(), p.sessionLoadCount(), "save: " + error.getMessage());
            if (release) {
                server.later(RELEASE_RETRY, () -> server.queue().submit(p.key(),
                        d -> call(p, true, reason, d)));
            } else {
                server.jobFinished();
            }
        });
    }

    private void after(Profile p, SaveTransform t, ObjectNode stored, boolean release, String reason) {
        if (t.owned) {
            server.emit(SessionEvent.Type.SAVED, p.ref(), p.sessionLoadCount(), release ? "final" : "");
        }
        p.refresh(stored);
        ObjectNode meta = StoredValue.object(stored, server.config().dialect().metaField());
        boolean ownedNow = SaveTransform.owns(server.tag(), meta, p.sessionLoadCount());
        Mailbox box = ProfileCodec.readMailbox(stored.get("GlobalUpdates"));
        boolean notify = ownedNow && p.isActive();
        if (!server.config().isProfileStore()) {
            p.globalUpdates().afterSave(box == null ? Mailbox.empty() : box, notify, server.scheduler());
        } else {
            p.messages().afterSave(Profile.entries(stored), notify);
        }
        if (release) {
            server.emit(SessionEvent.Type.RELEASED, p.ref(), p.sessionLoadCount(), reason);
            p.fireHopReady();
            return;
        }
        if (ownedNow) {
            if (server.config().isProfileStore() && t.forceLoadPending && p.isActive()) {
                server.release(p, "External");
            }
            return;
        }
        if (p.isActive()) {
            JsonNode owner = meta.get("ActiveSession");
            server.unregister(p, owner == null || owner.isNull() ? null : owner);
            if (t.owned) {
                server.emit(SessionEvent.Type.RELEASED, p.ref(), p.sessionLoadCount(), "force-load requested");
            } else {
                server.emit(SessionEvent.Type.LOST, p.ref(), p.sessionLoadCount(),
                        owner == null || owner.isNull() ? "lock gone" : "now held by " + owner);
            }
        }
        p.fireHopReady();
    }
}
