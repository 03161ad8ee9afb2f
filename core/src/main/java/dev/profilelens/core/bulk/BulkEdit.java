package dev.profilelens.core.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.JsonDiff;
import dev.profilelens.core.edit.EditRequest;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.SaveUseCase;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.store.BatchWrites;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.updates.Delivery;
import dev.profilelens.core.updates.DeliveryTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Applies one list of intents to one key of a set through {@link SaveUseCase} (so the lock is classified first, a
 * live profile is never written, and a racing save is kept). The audit reason carries
 * the batch name. An error on one key is that key's {@code invalid} plan; the set goes on.
 */
public final class BulkEdit {
    private final SaveUseCase useCase;

    /** Writes go through {@code useCase}'s source; a run paces them there, write by write ({@link PacedWrites}). */
    public BulkEdit(SaveUseCase useCase) {
        this.useCase = useCase;
    }

    /** The audit reason of a batch's writes: the user's reason and the batch name. */
    public static String reason(String reason, String batch) {
        return reason + " [batch " + batch + "]";
    }

    public KeyPlan apply(EntryRef ref, List<Intent> intents, String reason, boolean dryRun) {
        KeyPlan p = apply(ref, intents, reason, dryRun, null);
        return Objects.requireNonNull(p, "no filter, so every key has a plan");
    }

    /**
     * As {@link #apply(EntryRef, List, String, boolean)}, only while {@code where} matches the latest value: it is
     * checked on every value the save use case reads (so also just before the write and after a lost race), and a
     * key that does not match (any more) is null: not planned, not written.
     */
    public @Nullable KeyPlan apply(EntryRef ref, List<Intent> intents, String reason, boolean dryRun,
                                   @Nullable ValueFilter where) {
        EditRequest request = EditRequest.of(ref, intents, reason);
        SaveResult r;
        try {
            r = useCase.save(dryRun ? request.asDryRun() : request, v -> where == null || v != null
                    && where.matches(v));
        } catch (InspectorException e) {
            return new KeyPlan(ref, KeyPlan.Plan.INVALID, empty(), false, e.userMessage());
        }
        return plan(ref, r);
    }

    /**
     * As {@link #apply(EntryRef, List, String, boolean, ValueFilter)} for a group of keys (not a dry run) whose
     * first writes are made in one transaction of {@code writes} (ADR 0230); each key is still read, filtered,
     * lock-checked and written conditionally on the version it read, and a key changed meanwhile is read again and
     * re-planned on its own. When the group cannot be written (its log or store failed, nothing of it was
     * written) each key is tried on its own, so each gets its own plan or error.
     */
    public List<@Nullable KeyPlan> applyAll(List<EntryRef> refs, Function<EntryRef, List<Intent>> intents,
                                            String reason, @Nullable ValueFilter where, BatchWrites writes) {
        Group g;
        try {
            g = prepareAll(refs, intents, reason, where);
        } catch (InspectorException groupFailed) {
            return oneByOne(refs, intents, reason, where);
        }
        return writeAll(g, reason, where, writes);
    }

    /**
     * A group read and prepared by {@link #prepareAll}, for {@link #writeAll}; {@code ahead} holds, per request, the
     * patch and path changes its write would make, worked out while preparing (null where nothing is to be written).
     */
    public record Group(List<EditRequest> requests, SaveUseCase.PreparedGroup prepared, List<@Nullable Ahead> ahead) {
    }

    /** What a planned write changes, derived from the values it was prepared with (the same objects it writes). */
    record Ahead(SaveUseCase.PlannedWrite write, JsonNode patch, List<PathChange> changes) {
        static @Nullable Ahead of(SaveUseCase.@Nullable PlannedWrite w) {
            if (w == null) {
                return null;
            }
            List<PathChange> changes = new ArrayList<>();
            RevertTransform.leaves("", w.before(), w.after(), changes);
            // the audit entry's patch is this one unless the key is new (diffed from null there, from {} here)
            JsonNode patch = w.before() != null ? w.auditPatch() : BulkEdit.patch(null, w.after());
            return new Ahead(w, patch, changes);
        }

        boolean describes(SaveResult.Written w) {
            return write.before() == w.before() && write.after() == w.after();
        }
    }

    /**
     * The first half of {@link #applyAll}: the keys read and their writes prepared (nothing written, nothing logged
     * or journaled), so a group can be prepared on another thread while the one before it is written.
     */
    public Group prepareAll(List<EntryRef> refs, Function<EntryRef, List<Intent>> intents, String reason,
                            @Nullable ValueFilter where) {
        List<EditRequest> requests = new ArrayList<>(refs.size());
        for (EntryRef ref : refs) {
            requests.add(EditRequest.of(ref, intents.apply(ref), reason));
        }
        SaveUseCase.PreparedGroup prepared = useCase.prepareAll(requests, filter(where));
        List<@Nullable Ahead> ahead = new ArrayList<>(requests.size());
        for (SaveUseCase.@Nullable PlannedWrite w : prepared.plannedWrites()) {
            ahead.add(Ahead.of(w));
        }
        return new Group(requests, prepared, ahead);
    }

    /**
     * Records the audit intents of a prepared group ahead of its write ({@link SaveUseCase#recordIntents}, ADR
     * 0243): a run does it on the preparing thread. A group recorded and then not written must be
     * {@link #abandon}ed.
     */
    public void recordIntents(Group g) {
        useCase.recordIntents(g.prepared());
    }

    /** A prepared group that will not be written: intents it recorded are closed as failed, nothing sent. */
    public void abandon(Group g) {
        useCase.abandon(g.prepared());
    }

    /** The second half of {@link #applyAll}: the group written through this edit's use case and log. */
    public List<@Nullable KeyPlan> writeAll(Group g, String reason, @Nullable ValueFilter where, BatchWrites writes) {
        List<EditRequest> requests = g.requests();
        List<@Nullable SaveResult> results;
        try {
            results = useCase.writeAll(g.prepared(), writes);
        } catch (InspectorException groupFailed) {
            return each(requests, reason, where);
        }
        List<@Nullable KeyPlan> out = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            SaveResult r = results.get(i);
            EditRequest q = requests.get(i);
            Ahead a = g.ahead().get(i);
            if (r instanceof SaveResult.Written w && a != null && a.describes(w)) {
                out.add(new KeyPlan(q.ref(), KeyPlan.Plan.CHANGE, a.patch(), true, r.message(), a.changes()));
            } else {
                // null: changed since it was read, so not written by the group: read again and re-planned alone
                out.add(r != null ? plan(q.ref(), r) : apply(q.ref(), q.intents(), reason, false, where));
            }
        }
        return out;
    }

    /** Each key on its own (a group could not be prepared or written, and nothing of it was written). */
    public List<@Nullable KeyPlan> oneByOne(List<EntryRef> refs, Function<EntryRef, List<Intent>> intents,
                                            String reason, @Nullable ValueFilter where) {
        return each(refs.stream().map(r -> EditRequest.of(r, intents.apply(r), reason)).toList(), reason, where);
    }

    private List<@Nullable KeyPlan> each(List<EditRequest> requests, String reason, @Nullable ValueFilter where) {
        List<@Nullable KeyPlan> one = new ArrayList<>(requests.size());
        for (EditRequest q : requests) {
            one.add(apply(q.ref(), q.intents(), reason, false, where));
        }
        return one;
    }

    private static Predicate<@Nullable JsonNode> filter(@Nullable ValueFilter where) {
        return v -> where == null || v != null && where.matches(v);
    }

    private static @Nullable KeyPlan plan(EntryRef ref, SaveResult r) {
        if (r instanceof SaveResult.Refused f && f.reason() == SaveResult.Refused.Reason.NOT_MATCHING) {
            return null;
        }
        if (r instanceof SaveResult.Written w) {
            List<PathChange> changes = new ArrayList<>();
            RevertTransform.leaves("", w.before(), w.after(), changes);
            return new KeyPlan(ref, KeyPlan.Plan.CHANGE, patch(w.before(), w.after()), true, r.message(), changes);
        }
        if (r instanceof SaveResult.Unchanged u) {
            JsonNode patch = patch(u.before(), u.after());
            return new KeyPlan(ref, patch.isEmpty() ? KeyPlan.Plan.UNCHANGED : KeyPlan.Plan.CHANGE, patch, false,
                    r.message());
        }
        if (r instanceof SaveResult.Refused f && f.reason() == SaveResult.Refused.Reason.LIVE_SESSION) {
            return new KeyPlan(ref, KeyPlan.Plan.LIVE, empty(), false, r.message());
        }
        return new KeyPlan(ref, KeyPlan.Plan.INVALID, empty(), false, r.message());
    }

    /**
     * Sends the intents to a live profile as global updates / messages built from the store's template (ADR 0091);
     * the game applies them when it next processes its mailbox. A template that cannot express an intent, or an
     * update the mailbox cannot take, makes the key invalid.
     */
    public KeyPlan deliver(Delivery delivery, EntryRef ref, List<Intent> intents, DeliveryTemplate template,
                           String reason) {
        try {
            Delivery.Sent sent = delivery.send(ref, intents, template, reason);
            return new KeyPlan(ref, KeyPlan.Plan.DELIVERED, empty(), true, "delivered as "
                    + (sent.dialect() == Dialect.PROFILESTORE ? "message(s) " : "global "
                    + "update(s) ") + sent.ids() + " in version " + sent.version() + "; the game applies them");
        } catch (InspectorException e) {
            return new KeyPlan(ref, KeyPlan.Plan.INVALID, empty(), false, "live, and not delivered: "
                    + e.userMessage());
        }
    }

    private static JsonNode patch(@Nullable JsonNode before, @Nullable JsonNode after) {
        if (after == null) {
            return empty();
        }
        return JsonDiff.diff(before == null ? RobloxJson.nodes().objectNode() : before, after);
    }

    private static JsonNode empty() {
        return RobloxJson.nodes().arrayNode();
    }
}
