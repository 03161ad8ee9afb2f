package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.PendingWrite;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.Validator;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.edit.intent.Applied;
import dev.profilelens.core.edit.intent.Change;
import dev.profilelens.core.edit.intent.IntentFailedException;
import dev.profilelens.core.edit.intent.Intents;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.store.BatchWrites;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The one save use case (design.md §3, ADR 0090). Every write of a profile goes here, as intents: read the latest
 * value → classify the lock (first, before anything else) → apply the intents → validate → conditional write → on a
 * version conflict read again and re-apply. A write whose answer is lost is re-read and compared, never repeated
 * blindly. Outcomes are typed ({@link SaveResult}); I/O failures stay exceptions (unavailable, outcome unknown).
 */
public final class SaveUseCase {
    static final int MAX_ATTEMPTS = 8;
    private final ProfileSource source;
    private final String connection;
    private final LockRouter router;
    private final ConditionalWriter writer;

    public SaveUseCase(ProfileSource source, AuditLog audit, Clock clock, String user,
                       String connection) {
        this.source = source;
        this.connection = connection;
        this.router = new LockRouter(clock);
        this.writer = new ConditionalWriter(source, audit, clock, user, connection);
    }

    public SaveResult save(EditRequest request) {
        return save(request, v -> true);
    }

    /**
     * As {@link #save(EditRequest)}, only while {@code onlyWhile} holds for the latest value (null when the key is
     * missing): it is checked on every value read, before the lock, so a value that stopped matching since the
     * caller chose it (a bulk edit's {@code --where}) is refused {@link SaveResult.Refused.Reason#NOT_MATCHING}, not
     * written.
     */
    public SaveResult save(EditRequest request, Predicate<@Nullable JsonNode> onlyWhile) {
        if (source.capabilities().readOnly()) {
            return new SaveResult.Refused(SaveResult.Refused.Reason.READ_ONLY, null, "The connection " + connection
                    + " is read-only; nothing was written.");
        }
        EntryRef ref = request.ref();
        int reapplied = 0;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Step step = plan(request, onlyWhile);
            if (step instanceof Final f) {
                return f.result();
            }
            Planned p = (Planned) step;
            Optional<String> after = writer.write(p.write());
            if (after.isPresent()) {
                return p.written(after.get(), reapplied);
            }
            if (request.expectVersion() != null) {
                StoredEntry now = source.read(ref).orElse(null);
                return Conflicts.staleVersion(ref, request.expectVersion(),
                        now == null ? null : RobloxJson.parse(now.value()), now == null ? null : now.version());
            }
            reapplied++;
        }
        return new SaveResult.Conflict(List.of(), null, null, "The profile " + ref.key()
                + " kept changing while saving (" + MAX_ATTEMPTS + " attempts); nothing was written. Try again.");
    }

    /**
     * As {@link #save(EditRequest, Predicate)} for many keys, their first writes made as one group through
     * {@code writes} (one transaction, the audit entries recorded together before and after it, ADR 0230): each key
     * is read, filtered, lock-checked, applied and validated exactly as one save does, and its write is conditional
     * on the version it read. Results in the order of {@code requests}; null for a key whose version changed since
     * it was read: the group did not write it, and the caller saves it again on its own ({@link #save}: read again,
     * filter and lock checked again, re-applied). An exception means nothing of the group was written.
     */
    public List<@Nullable SaveResult> saveAll(List<EditRequest> requests, Predicate<@Nullable JsonNode> onlyWhile,
                                              BatchWrites writes) {
        return writeAll(prepareAll(requests, onlyWhile), writes);
    }

    /**
     * The first half of {@link #saveAll}: every key read, filtered, lock-checked, applied, validated and its write
     * prepared; nothing written, no log or journal touched (so it may run on another thread than the writes, ahead
     * of them, ADR 0230).
     */
    public PreparedGroup prepareAll(List<EditRequest> requests, Predicate<@Nullable JsonNode> onlyWhile) {
        PreparedGroup g = new PreparedGroup(requests.size());
        for (EditRequest r : requests) {
            Step step = source.capabilities().readOnly() || r.dryRun() ? new Final(save(r, onlyWhile))
                    : plan(r, onlyWhile);
            if (step instanceof Planned p) {
                g.group.add(p);
                g.at.add(g.results.size());
                g.results.add(null);
            } else {
                g.results.add(((Final) step).result());
            }
        }
        return g;
    }

    /** The second half of {@link #saveAll}: the prepared writes made as one group through {@code writes}. */
    public List<@Nullable SaveResult> writeAll(PreparedGroup g, BatchWrites writes) {
        List<@Nullable SaveResult> out = new ArrayList<>(g.results);
        if (!g.group.isEmpty()) {
            List<ConditionalWriter.Prepared> prepared = g.writes();
            List<PendingWrite> recorded = g.recorded;
            g.recorded = null;
            List<Optional<String>> after = recorded != null ? writer.writeRecorded(writes, prepared, recorded)
                    : writer.writeAll(writes, prepared);
            for (int i = 0; i < g.group.size(); i++) {
                Planned p = g.group.get(i);
                out.set(g.at.get(i), after.get(i).map(v -> p.written(v, 0)).orElse(null));
            }
        }
        return out;
    }

    /**
     * Records the audit intents of {@code g}'s writes now (all or none; the log's exception otherwise), so that
     * {@link #writeAll} only sends the group and records its outcomes. A bulk run does this on the thread that
     * prepared the group, while the group before it is written (ADR 0243); each intent is still recorded before its
     * write is sent. A group recorded but never written must be {@link #abandon}ed.
     */
    public void recordIntents(PreparedGroup g) {
        if (!g.group.isEmpty() && g.recorded == null) {
            g.recorded = writer.recordIntents(g.writes());
        }
    }

    /** A group that will not be written: the intents it recorded are closed as failed (nothing was sent). */
    public void abandon(PreparedGroup g) {
        List<PendingWrite> recorded = g.recorded;
        g.recorded = null;
        if (recorded != null) {
            writer.abandon(recorded);
        }
    }

    /** Keys read and their writes prepared by {@link #prepareAll}, not yet written. */
    public static final class PreparedGroup {
        private final List<@Nullable SaveResult> results;
        private final List<Planned> group = new ArrayList<>();
        private final List<Integer> at = new ArrayList<>();
        private volatile @Nullable List<PendingWrite> recorded;

        private List<ConditionalWriter.Prepared> writes() {
            return group.stream().map(Planned::write).toList();
        }

        private PreparedGroup(int size) {
            results = new ArrayList<>(size);
        }

        /**
         * Per request (same order): the value read and the value its write would store, when it was prepared as a
         * write; null when it has its final result already. A caller may derive what it needs of a written key from
         * these ahead of the write (a bulk run does, on its preparing thread).
         */
        public List<@Nullable PlannedWrite> plannedWrites() {
            List<@Nullable PlannedWrite> out = new ArrayList<>(Collections.nCopies(results.size(), null));
            for (int i = 0; i < group.size(); i++) {
                Planned p = group.get(i);
                out.set(at.get(i), new PlannedWrite(p.latest(), p.toWrite(), p.write().entry().patch()));
            }
            return out;
        }
    }

    /**
     * A prepared write's value as read ({@code before}, null for a new key), as it would be written, and the JSON
     * Patch its audit entry records (from {@code before}, or from JSON null for a new key).
     */
    public record PlannedWrite(@Nullable JsonNode before, JsonNode after, JsonNode auditPatch) {
    }

    /** One attempt up to the write: a final result, or the write to make. */
    private sealed interface Step permits Final, Planned {
    }

    private record Final(SaveResult result) implements Step {
    }

    private record Planned(ConditionalWriter.Prepared write, @Nullable String version, @Nullable JsonNode latest,
                           JsonNode toWrite, List<Change> changes) implements Step {
        SaveResult.Written written(String versionAfter, int reapplied) {
            return new SaveResult.Written(version, versionAfter, latest, toWrite, changes, reapplied);
        }
    }

    private Step plan(EditRequest request, Predicate<@Nullable JsonNode> onlyWhile) {
        EntryRef ref = request.ref();
        Optional<StoredEntry> current = source.read(ref);
        JsonNode latest = current.map(e -> RobloxJson.parse(e.value())).orElse(null);
        String version = current.map(StoredEntry::version).orElse(null);
        if (request.expectVersion() != null && !request.expectVersion().equals(version)) {
            return new Final(Conflicts.staleVersion(ref, request.expectVersion(), latest, version));
        }
        if (!onlyWhile.test(latest)) {
            return new Final(new SaveResult.Refused(SaveResult.Refused.Reason.NOT_MATCHING, null, "The stored value of "
                    + ref.key() + " no longer matches the filter (version " + version + "); nothing was written."));
        }
        ProfileReading reading = ProfileCodec.read(latest, current.map(StoredEntry::sizeBytes).orElse(0));
        SaveResult.Refused refused = router.check(request, reading);
        if (refused != null) {
            return new Final(refused);
        }
        Applied applied;
        try {
            applied = Intents.apply(latest, request.intents());
        } catch (IntentFailedException e) {
            return new Final(Conflicts.of(request, e, latest, version));
        }
        JsonNode toWrite = request.mode() == WriteMode.CLEAR_STALE_LOCK && reading.kind() == Kind.PROFILE
                ? LockRouter.withoutLock(applied.value()) : applied.value();
        SaveResult.Invalid invalid = validate(request, reading.kind(), toWrite);
        if (invalid != null) {
            return new Final(invalid);
        }
        if (latest != null && JsonEquals.equal(latest, toWrite) || request.dryRun()) {
            return new Final(new SaveResult.Unchanged(version, latest, toWrite, applied.changes(), request.dryRun()
                    && !(latest != null && JsonEquals.equal(latest, toWrite))));
        }
        return new Planned(writer.prepare(current, ref, latest, version, toWrite, request.action(),
                request.reason(), applied.changes()), version, latest, toWrite, applied.changes());
    }

    private static SaveResult.@Nullable Invalid validate(EditRequest request, Kind storedKind, JsonNode value) {
        try {
            if (request.mode() == WriteMode.REPLACE_WHOLE && storedKind != Kind.PROFILE) {
                Validator.validateStored(value);
            } else {
                Validator.validateProfile(value);
            }
            return null;
        } catch (InvalidInputException e) {
            return new SaveResult.Invalid(Objects.requireNonNullElse(e.path(), ""), null, null, e.userMessage());
        }
    }
}
