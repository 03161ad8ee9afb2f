package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.Validator;
import dev.profilelens.core.diff.JsonDiff;
import dev.profilelens.core.diff.MergeResult;
import dev.profilelens.core.diff.ThreeWayMerge;
import dev.profilelens.core.error.ConflictException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.WriteOutcomeUnknownException;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The only door for writes (design.md §3): validate → re-read → route by lock → conditional write → three-way
 * merge on conflict → audit. A write whose answer is lost is re-read and compared, never repeated blindly.
 */
public final class SavePipeline {
    static final int MAX_ATTEMPTS = 6;
    private final ProfileSource source;
    private final AuditLog audit;
    private final Clock clock;
    private final String user;
    private final String connection;
    private final LockRouter router;

    public SavePipeline(ProfileSource source, AuditLog audit, Clock clock, String user, String connection) {
        this.source = source;
        this.audit = audit;
        this.clock = clock;
        this.user = user;
        this.connection = connection;
        this.router = new LockRouter(clock);
    }

    /** Saves an edit of a whole value (editor, MetaTags, CLI put, unlock, restore). */
    public SaveOutcome save(SaveRequest request) {
        refuseIfReadOnly();
        validate(request.mode(), request.edited());
        EntryRef ref = request.ref();
        if (request.mode() != WriteMode.CLEAR_STALE_LOCK && request.base() != null
                && JsonDiff.diff(request.base(), request.edited()).isEmpty()) {
            return new SaveOutcome(false, request.baseVersion(), request.baseVersion(), request.base(),
                    RobloxJson.nodes().arrayNode(), List.of());
        }
        JsonNode base = request.base();
        String baseVersion = request.baseVersion();
        JsonNode mine = request.edited();
        List<String> mergedPaths = new ArrayList<>();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<StoredEntry> current = source.read(ref);
            JsonNode theirs = current.map(e -> RobloxJson.parse(e.value())).orElse(null);
            String theirsVersion = current.map(StoredEntry::version).orElse(null);
            if (!java.util.Objects.equals(theirsVersion, baseVersion)) {
                mine = mergeTheirs(ref, base, mine, theirs, theirsVersion, mergedPaths);
                validate(request.mode(), mine);
                base = theirs;
                baseVersion = theirsVersion;
            }
            int size = current.map(StoredEntry::sizeBytes).orElse(0);
            JsonNode toWrite = router.route(request, ProfileCodec.read(theirs, size), mine);
            if (theirs != null && JsonDiff.diff(theirs, toWrite).isEmpty()) {
                return new SaveOutcome(false, theirsVersion, theirsVersion, theirs, RobloxJson.nodes().arrayNode(),
                        mergedPaths);
            }
            Optional<SaveOutcome> done = tryWrite(ref, theirs, theirsVersion, toWrite, actionOf(request.mode()),
                    request.reason(), mergedPaths);
            if (done.isPresent()) {
                return done.get();
            }
        }
        throw new ConflictException("The profile " + ref.key() + " kept changing while saving; nothing was written. "
                + "Try again in a moment.");
    }

    /**
     * Applies a transform the way the libraries' UpdateAsync does (global updates, messages): read → transform the
     * latest value → conditional write → on conflict run the transform again on the new value. No lock routing:
     * mailbox operations are designed to run while a server owns the profile.
     */
    public SaveOutcome update(EntryRef ref, UnaryOperator<@Nullable JsonNode> transform, String action,
                              String reason) {
        refuseIfReadOnly();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<StoredEntry> current = source.read(ref);
            JsonNode theirs = current.map(e -> RobloxJson.parse(e.value())).orElse(null);
            String version = current.map(StoredEntry::version).orElse(null);
            JsonNode next = transform.apply(theirs == null ? null : theirs.deepCopy());
            Validator.validateStored(next);
            Optional<SaveOutcome> done = tryWrite(ref, theirs, version, next, action, reason, List.of());
            if (done.isPresent()) {
                return done.get();
            }
        }
        throw new ConflictException("The profile " + ref.key() + " kept changing; the " + action
                + " was not written. Try again in a moment.");
    }

    private Optional<SaveOutcome> tryWrite(EntryRef ref, @Nullable JsonNode before, @Nullable String version,
                                           JsonNode toWrite, String action, String reason, List<String> merged) {
        byte[] bytes = RobloxJson.write(toWrite);
        WriteRequest write = new WriteRequest(ref, bytes, KeyMetadata.userIds(toWrite),
                KeyMetadata.attributes(toWrite),
                version == null ? Precondition.mustNotExist() : Precondition.matchVersion(version));
        String after;
        try {
            WriteResult result = source.write(write);
            after = result.version();
        } catch (VersionConflictException e) {
            return Optional.empty();
        } catch (WriteOutcomeUnknownException e) {
            Optional<StoredEntry> now = readAfterUnknown(ref, e);
            if (now.isEmpty() || !Arrays.equals(now.get().value(), bytes)) {
                return Optional.empty();
            }
            after = now.get().version();
        }
        JsonNode patch = JsonDiff.diff(before == null ? RobloxJson.nodes().nullNode() : before, toWrite);
        audit.record(new AuditEntry(clock.instant(), user, connection, ref.store(), ref.scope(), ref.key(), version,
                after, action, patch, reason));
        return Optional.of(new SaveOutcome(true, version, after, toWrite, patch, merged));
    }

    /** Reads to learn a write's outcome; when that read fails as well, the outcome stays unknown (exit 5). */
    private Optional<StoredEntry> readAfterUnknown(EntryRef ref, WriteOutcomeUnknownException unknown) {
        try {
            return source.read(ref);
        } catch (dev.profilelens.core.error.UnavailableException e) {
            unknown.addSuppressed(e);
            throw unknown;
        }
    }

    private static JsonNode mergeTheirs(EntryRef ref, @Nullable JsonNode base, JsonNode mine,
                                        @Nullable JsonNode theirs, @Nullable String theirsVersion,
                                        List<String> mergedPaths) {
        if (base == null || theirs == null) {
            throw new MergeConflictException(ref.key(), theirs == null ? RobloxJson.nodes().nullNode() : theirs,
                    theirsVersion == null ? "" : theirsVersion, List.of(""));
        }
        MergeResult merge = ThreeWayMerge.merge(base, mine, theirs);
        if (!merge.conflictPaths().isEmpty()) {
            throw new MergeConflictException(ref.key(), theirs, theirsVersion, merge.conflictPaths());
        }
        mergedPaths.addAll(JsonDiff.changedPaths(base, theirs));
        return merge.merged();
    }

    private void refuseIfReadOnly() {
        if (source.capabilities().readOnly()) {
            throw new RefusedException("The connection " + connection + " is read-only; nothing was written.");
        }
    }

    private static void validate(WriteMode mode, JsonNode value) {
        if (mode == WriteMode.REPLACE_WHOLE) {
            Validator.validateStored(value);
        } else {
            Validator.validateProfile(value);
        }
    }

    private static String actionOf(WriteMode mode) {
        return switch (mode) {
            case NORMAL -> "save";
            case CLEAR_STALE_LOCK -> "clear-stale-lock";
            case REPLACE_WHOLE -> "replace";
        };
    }
}
