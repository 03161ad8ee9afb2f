package dev.profilelens.core.erase;

import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.lock.LockClassifier;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.model.SessionTag;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.wait.Poll;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * After the deletes, waits (cancellable) and reads every deleted place again: a key or entry that is back was
 * written by someone after ProfileLens deleted it (a live server saving a profile it still held, a DataStore2
 * server saving at the player's leave). It is reported, not deleted again blindly: the owner must be dealt with.
 */
final class Recheck {
    private final ProfileSource source;
    private final @Nullable OrderedSource ordered;
    private final LockClassifier locks;
    private final Poll polls;

    Recheck(ProfileSource source, @Nullable OrderedSource ordered, Clock clock, Poll polls) {
        this.source = source;
        this.ordered = ordered;
        this.locks = new LockClassifier(clock);
        this.polls = polls;
    }

    List<PlaceOutcome> after(List<PlaceOutcome> outcomes, Duration wait, BooleanSupplier cancelled) {
        polls.pause(wait, Duration.ofMillis(200), cancelled);
        List<PlaceOutcome> out = new ArrayList<>(outcomes.size());
        for (PlaceOutcome o : outcomes) {
            out.add(o.status() == PlaceOutcome.Status.DELETED ? check(o) : o);
        }
        return out;
    }

    private PlaceOutcome check(PlaceOutcome o) {
        ErasePlace p = o.place();
        if (p.kind() == ErasePlace.Kind.ORDERED) {
            Optional<OrderedEntry> back = Objects.requireNonNull(ordered, "ordered places are only planned "
                    + "on a connection with ordered stores").get(p.orderedStore(), p.key());
            return back.isEmpty() ? o : o.withStatus(PlaceOutcome.Status.RECREATED, "deleted, then written again "
                    + "(value " + back.get().value() + ") by someone else");
        }
        Optional<StoredEntry> back = source.read(p.ref());
        if (back.isEmpty()) {
            return o;
        }
        ProfileReading r = ProfileCodec.read(back.get().value());
        String who = "";
        if (r.kind() == Kind.PROFILE) {
            LockState lock = locks.classify(r);
            SessionTag owner = lock.owner();
            who = owner != null ? " by the server " + owner.display() + " that holds it" : "";
        }
        return o.withStatus(PlaceOutcome.Status.RECREATED, "deleted, then written again" + who + " (version "
                + back.get().version() + " at " + back.get().updated() + "); erase again once that server let go");
    }
}
