package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.lock.LockStatus;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.wait.Poll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Asks a live owner to release a profile the way the libraries themselves do (spec/liveops.md §5.1 (a), ADR 0092):
 * a conditional write of {@code MetaData.ForceLoadSession = [0, "ProfileLens-<uuid>"]}, everything else kept. The
 * owner sees a foreign force-load at its next save and releases (ProfileService in that same write, ProfileStore
 * with an immediate final save). Never a steal: {@code ActiveSession} is not touched, and a request that times out or
 * is cancelled is withdrawn if it is still ours.
 */
public final class Handover {
    public static final String TAG_PREFIX = "ProfileLens-";
    private final SavePipeline pipeline;
    private final ProfileSource source;
    private final LockRouter router;
    private final Poll polls;

    public Handover(SavePipeline pipeline, ProfileSource source, Clock clock) {
        this(pipeline, source, clock, Poll.real());
    }

    public Handover(SavePipeline pipeline, ProfileSource source, Clock clock, Poll polls) {
        this.pipeline = pipeline;
        this.source = source;
        this.router = new LockRouter(clock);
        this.polls = polls;
    }

    /** Writes the force-load request when a live server owns the profile; refuses a stale lock or a non-profile. */
    public Request request(EntryRef ref, String reason) {
        Optional<StoredEntry> e = source.read(ref);
        JsonNode value = e.map(x -> RobloxJson.parse(x.value())).orElse(null);
        ProfileReading reading = ProfileCodec.read(value, e.map(StoredEntry::sizeBytes).orElse(0));
        if (value == null || reading.kind() != Kind.PROFILE) {
            throw new RefusedException(ref.key() + " is not a loaded profile (" + reading.kind().jsonName()
                    + "); there is nobody to hand it over.");
        }
        LockState lock = router.classify(reading);
        if (lock.status() == LockStatus.FREE) {
            return new Request(ref, null, null, null);
        }
        if (lock.status() == LockStatus.STALE) {
            throw new RefusedException("The lock on " + ref.key() + " is stale: its owner stopped saving "
                    + lock.ageSeconds() + " s ago and will not answer. Use unlock instead.");
        }
        JsonNode owner = value.at("/MetaData/ActiveSession").deepCopy();
        ArrayNode tag = RobloxJson.nodes().arrayNode().add(0).add(TAG_PREFIX + UUID.randomUUID());
        pipeline.update(ref, v -> {
            ObjectNode copy = (ObjectNode) v;
            JsonNode meta = copy == null ? null : copy.get("MetaData");
            if (meta instanceof ObjectNode m && m.get("ActiveSession") != null) {
                m.set("ForceLoadSession", tag.deepCopy());
            }
            return copy;
        }, "handover-request", reason);
        Long last = reading.meta() == null ? null : reading.meta().lastUpdate();
        long period = reading.dialect() == Dialect.PROFILESTORE ? 300 : 30;
        return new Request(ref, tag, owner, last == null ? null : Instant.ofEpochSecond(last + period));
    }

    /** Where the request stands now. */
    public Step poll(Request r) {
        JsonNode v = source.read(r.ref()).map(x -> RobloxJson.parse(x.value())).orElse(null);
        JsonNode as = v == null ? null : v.at("/MetaData/ActiveSession");
        if (as == null || !as.isArray()) {
            return Step.RELEASED;
        }
        return r.owner() != null && JsonEquals.equal(as, r.owner()) ? Step.REQUESTED : Step.TAKEN_BY_ANOTHER;
    }

    /**
     * Waits until the owner released (or another server took the profile), the timeout passed or {@code cancelled}
     * says so; a request still pending then is withdrawn. Reports each step.
     */
    public Step await(Request r, Duration timeout, Duration poll, BooleanSupplier cancelled, String reason,
                      Consumer<Step> onStep) {
        if (r.tag() == null) {
            onStep.accept(Step.RELEASED);
            return Step.RELEASED;
        }
        onStep.accept(Step.REQUESTED);
        Optional<Step> ended = polls.until(timeout, poll, cancelled,
                () -> Optional.of(poll(r)).filter(s -> s != Step.REQUESTED));
        if (ended.isPresent()) {
            onStep.accept(ended.get());
            return ended.get();
        }
        Step last = poll(r);
        if (last != Step.REQUESTED) {
            onStep.accept(last);
            return last;
        }
        withdraw(r, reason);
        onStep.accept(Step.WITHDRAWN);
        return Step.WITHDRAWN;
    }

    /** Removes the request if {@code ForceLoadSession} is still ours; true when something was removed. */
    public boolean withdraw(Request r, String reason) {
        if (r.tag() == null || !ours(r, source.read(r.ref()).map(x -> RobloxJson.parse(x.value())).orElse(null))) {
            return false;
        }
        boolean[] removed = {false};
        pipeline.update(r.ref(), v -> {
            removed[0] = ours(r, v);
            if (removed[0]) {
                ((ObjectNode) v.get("MetaData")).remove("ForceLoadSession");
            }
            return v;
        }, "handover-withdraw", reason);
        return removed[0];
    }

    private static boolean ours(Request r, @Nullable JsonNode v) {
        return v != null && JsonEquals.equal(v.at("/MetaData/ForceLoadSession"), r.tag());
    }

    /** The steps of a handover, as printed by the CLI. */
    public enum Step { REQUESTED, RELEASED, TAKEN_BY_ANOTHER, WITHDRAWN }

    /**
     * A force-load request made (or none needed: {@code tag} null when the profile was already free).
     *
     * @param owner      the {@code ActiveSession} asked to release
     * @param expectedBy when the owner's next autosave is due (its {@code LastUpdate} + the library's period)
     */
    public record Request(EntryRef ref, @Nullable JsonNode tag, @Nullable JsonNode owner,
                          @Nullable Instant expectedBy) {
    }
}
