package dev.profilelens.core.erase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.LoggedDelete;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.Handover;
import dev.profilelens.core.edit.LockRouter;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.lock.LockStatus;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.wait.Poll;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Deletes one place the way every write goes (design.md §3): the lock first. A profile a live server owns is never
 * deleted under it: it is handed over through the library's own force-load request ({@link Handover}) or waited
 * for, until {@code liveTimeout}; a stale lock (its owner is dead) does not hold the delete back. Each delete is
 * recorded in the audit log in two steps ({@link LoggedDelete}).
 */
final class KeyEraser {
    private final ProfileSource source;
    private final @Nullable OrderedSource ordered;
    private final AuditLog audit;
    private final @Nullable Handover handover;
    private final LockRouter router;
    private final Clock clock;
    private final String user;
    private final String connection;
    private final Poll polls;

    KeyEraser(ProfileSource source, @Nullable OrderedSource ordered, AuditLog audit, @Nullable Handover handover,
              Clock clock, String user, String connection, Poll polls) {
        this.polls = polls;
        this.source = source;
        this.ordered = ordered;
        this.audit = audit;
        this.handover = handover;
        this.router = new LockRouter(clock);
        this.clock = clock;
        this.user = user;
        this.connection = connection;
    }

    /** Erases one place; {@code waiting} is told once when a live server holds it and the erase waits for it. */
    PlaceOutcome erase(ErasePlace place, String reason, Duration liveTimeout, Duration poll,
                       BooleanSupplier cancelled, Consumer<String> waiting) {
        return place.kind() == ErasePlace.Kind.ORDERED ? eraseOrdered(place, reason) : eraseKey(place, reason,
                liveTimeout, poll, cancelled, waiting);
    }

    private PlaceOutcome eraseOrdered(ErasePlace place, String reason) {
        OrderedSource ordered = Objects.requireNonNull(this.ordered, "ordered places are only planned "
                + "on a connection with ordered stores");
        Optional<OrderedEntry> before = ordered.get(place.orderedStore(), place.key());
        if (before.isEmpty()) {
            return new PlaceOutcome(place, PlaceOutcome.Status.ALREADY_GONE, null, null, "no entry any more");
        }
        String was = "value " + before.get().value();
        LoggedDelete.run(audit, entry(place, was, reason), () -> ordered.delete(place.orderedStore(), place.key()));
        return new PlaceOutcome(place, PlaceOutcome.Status.DELETED, was, clock.instant(), "deleted (ordered "
                + "entries are removed at once)");
    }

    private PlaceOutcome eraseKey(ErasePlace place, String reason, Duration liveTimeout, Duration poll,
                                  BooleanSupplier cancelled, Consumer<String> waiting) {
        EntryRef ref = place.ref();
        long deadline = System.nanoTime() + liveTimeout.toNanos();
        String held = null;
        while (true) {
            Optional<StoredEntry> current = source.read(ref);
            if (current.isEmpty()) {
                return new PlaceOutcome(place, PlaceOutcome.Status.ALREADY_GONE, null, null, "no value any more");
            }
            LockState lock = lockOf(current.get());
            if (lock.status() != LockStatus.ACTIVE) {
                String version = current.get().version();
                LoggedDelete.run(audit, entry(place, version, reason), () -> source.delete(ref));
                return new PlaceOutcome(place, PlaceOutcome.Status.DELETED, version, clock.instant(),
                        held == null ? "deleted" : "deleted after " + held + " released it");
            }
            boolean first = held == null;
            held = Objects.requireNonNull(lock.owner(), "an active lock has an owner").display();
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (first) {
                waiting.accept("waiting up to " + Math.max(1, left.toSeconds()) + " s for the live server " + held
                        + " to " + (handover == null ? "release " : "hand over ") + place.display());
            }
            if (left.isNegative() || left.isZero() || cancelled.getAsBoolean()
                    || Thread.currentThread().isInterrupted()) {
                return new PlaceOutcome(place, PlaceOutcome.Status.LIVE, null, null, "a live server (" + held
                        + ") kept the profile for " + liveTimeout.toSeconds() + " s; not deleted");
            }
            if (!awaitRelease(ref, reason, left, poll, cancelled)) {
                return new PlaceOutcome(place, PlaceOutcome.Status.LIVE, null, null, "a live server (" + held
                        + ") did not release the profile; not deleted");
            }
        }
    }

    /** Hands the profile over (or just waits one poll without a handover); false when the owner kept it. */
    private boolean awaitRelease(EntryRef ref, String reason, Duration left, Duration poll,
                                 BooleanSupplier cancelled) {
        if (handover == null) {
            polls.pause(poll, poll, cancelled);
            return true;
        }
        Handover.Request r = handover.request(ref, reason);
        Handover.Step step = handover.await(r, left, poll, cancelled, reason, s -> { });
        return step != Handover.Step.WITHDRAWN;
    }

    private LockState lockOf(StoredEntry e) {
        ProfileReading reading = ProfileCodec.read(e.value());
        return reading.kind() == Kind.PROFILE ? router.classify(reading)
                : new LockState(LockStatus.FREE, null, null, null, 0);
    }

    private AuditEntry entry(ErasePlace place, @Nullable String versionBefore, String reason) {
        ArrayNode patch = RobloxJson.nodes().arrayNode();
        patch.add(RobloxJson.nodes().objectNode().put("op", "remove").put("path", ""));
        JsonNode p = patch;
        return new AuditEntry(clock.instant(), user, connection, place.store(), place.scope(), place.key(),
                versionBefore, "", place.kind() == ErasePlace.Kind.KEY ? "erase" : "erase-ordered", p, reason,
                List.of(), AuditStatus.UNCONFIRMED, "", "", "");
    }
}
