package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.Validator;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.edit.intent.Applied;
import dev.profilelens.core.edit.intent.IntentFailedException;
import dev.profilelens.core.edit.intent.Intents;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import java.time.Clock;
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
            Optional<StoredEntry> current = source.read(ref);
            JsonNode latest = current.map(e -> RobloxJson.parse(e.value())).orElse(null);
            String version = current.map(StoredEntry::version).orElse(null);
            if (request.expectVersion() != null && !request.expectVersion().equals(version)) {
                return Conflicts.staleVersion(ref, request.expectVersion(), latest, version);
            }
            if (!onlyWhile.test(latest)) {
                return new SaveResult.Refused(SaveResult.Refused.Reason.NOT_MATCHING, null, "The stored value of "
                        + ref.key() + " no longer matches the filter (version " + version + "); nothing was written.");
            }
            ProfileReading reading = ProfileCodec.read(latest, current.map(StoredEntry::sizeBytes).orElse(0));
            SaveResult.Refused refused = router.check(request, reading);
            if (refused != null) {
                return refused;
            }
            Applied applied;
            try {
                applied = Intents.apply(latest, request.intents());
            } catch (IntentFailedException e) {
                return Conflicts.of(request, e, latest, version);
            }
            JsonNode toWrite = request.mode() == WriteMode.CLEAR_STALE_LOCK && reading.kind() == Kind.PROFILE
                    ? LockRouter.withoutLock(applied.value()) : applied.value();
            SaveResult.Invalid invalid = validate(request, reading.kind(), toWrite);
            if (invalid != null) {
                return invalid;
            }
            if (latest != null && JsonEquals.equal(latest, toWrite) || request.dryRun()) {
                return new SaveResult.Unchanged(version, latest, toWrite, applied.changes(), request.dryRun()
                        && !(latest != null && JsonEquals.equal(latest, toWrite)));
            }
            Optional<String> after = writer.write(current, ref, latest, version, toWrite, request, applied.changes());
            if (after.isPresent()) {
                return new SaveResult.Written(version, after.get(), latest, toWrite, applied.changes(), reapplied);
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
