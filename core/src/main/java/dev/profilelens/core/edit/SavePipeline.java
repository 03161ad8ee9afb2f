package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.Validator;
import dev.profilelens.core.diff.JsonDiff;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.IntentDiff;
import dev.profilelens.core.error.ConflictException;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The door for writes (design.md §3). Whole-value saves are turned into intents ({@link IntentDiff}) and run through
 * the one {@link SaveUseCase}; mailbox transforms run as UpdateAsync does. This class only adapts typed outcomes to
 * the exceptions older callers expect.
 */
public final class SavePipeline {
    static final int MAX_ATTEMPTS = 6;
    private final ProfileSource source;
    private final String connection;
    private final SaveUseCase useCase;
    private final ConditionalWriter writer;

    public SavePipeline(ProfileSource source, AuditLog audit, Clock clock, String user, String connection) {
        this.source = source;
        this.connection = connection;
        this.useCase = new SaveUseCase(source, audit, clock, user, connection);
        this.writer = new ConditionalWriter(source, audit, clock, user, connection);
    }

    /** The save use case behind this pipeline, for callers that render typed outcomes. */
    public SaveUseCase useCase() {
        return useCase;
    }

    /** Saves an edit of a whole value (put, restore, revert, unlock): changed numbers are "set" intents. */
    public SaveOutcome save(SaveRequest request) {
        return save(request, IntentDiff.Numbers.SET);
    }

    /** As {@link #save(SaveRequest)}, choosing how changed numbers become intents. */
    public SaveOutcome save(SaveRequest request, IntentDiff.Numbers numbers) {
        if (request.mode() == WriteMode.REPLACE_WHOLE) {
            Validator.validateStored(request.edited());
        } else {
            Validator.validateProfile(request.edited());
        }
        if (request.mode() != WriteMode.CLEAR_STALE_LOCK && request.base() != null
                && JsonDiff.diff(request.base(), request.edited()).isEmpty()) {
            return new SaveOutcome(false, request.baseVersion(), request.baseVersion(), request.base(),
                    RobloxJson.nodes().arrayNode(), List.of());
        }
        EditRequest edit = new EditRequest(request.ref(), intents(request, numbers), request.reason(),
                request.mode(), request.confirmation(), null, request.base(), actionOf(request.mode()), false);
        return outcome(request, useCase.save(edit));
    }

    /**
     * The intents of a whole-value save. A mailbox the caller changed on purpose (restore's "drop the pending
     * updates") becomes a "set" that refuses when a new update arrived since it was read.
     */
    static List<Intent> intents(SaveRequest request, IntentDiff.Numbers numbers) {
        return IntentDiff.deriveWithMailbox(request.base(), request.edited(), numbers);
    }

    /** Maps a typed result to the outcome / exceptions of {@link #save(SaveRequest)}. */
    static SaveOutcome outcome(SaveRequest request, SaveResult result) {
        String key = request.ref().key();
        if (result instanceof SaveResult.Written w) {
            List<String> merged = Objects.equals(w.versionBefore(), request.baseVersion()) || request.base() == null
                    || w.before() == null ? List.of() : JsonDiff.changedPaths(request.base(), w.before());
            JsonNode patch = JsonDiff.diff(w.before() == null ? RobloxJson.nodes().nullNode() : w.before(), w.after());
            return new SaveOutcome(true, w.versionBefore(), w.versionAfter(), w.after(), patch, merged);
        }
        if (result instanceof SaveResult.Unchanged u) {
            JsonNode stored = u.before() == null ? request.edited() : u.before();
            return new SaveOutcome(false, u.version(), u.version(), stored, RobloxJson.nodes().arrayNode(), List.of());
        }
        if (result instanceof SaveResult.Refused r) {
            throw new RefusedException(r.message());
        }
        if (result instanceof SaveResult.Invalid i) {
            throw new InvalidInputException(i.message(), i.path());
        }
        SaveResult.Conflict c = (SaveResult.Conflict) result;
        if (c.paths().isEmpty()) {
            throw new ConflictException(c.message());
        }
        throw new MergeConflictException(key, c.theirs() == null ? RobloxJson.nodes().nullNode() : c.theirs(),
                c.theirsVersion() == null ? "" : c.theirsVersion(),
                c.paths().stream().map(SaveResult.PathConflict::path).distinct().toList());
    }

    /**
     * Applies a transform the way the libraries' UpdateAsync does (global updates, messages, force-load requests):
     * read → transform the latest value → conditional write → on conflict run the transform again on the new value.
     * No lock routing: these operations are designed to run while a server owns the profile.
     */
    public SaveOutcome update(EntryRef ref, UnaryOperator<@Nullable JsonNode> transform, String action,
                              String reason) {
        if (source.capabilities().readOnly()) {
            throw new RefusedException("The connection " + connection + " is read-only; nothing was written.");
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<StoredEntry> current = source.read(ref);
            JsonNode theirs = current.map(e -> RobloxJson.parse(e.value())).orElse(null);
            String version = current.map(StoredEntry::version).orElse(null);
            JsonNode next = transform.apply(theirs == null ? null : theirs.deepCopy());
            Validator.validateStored(next);
            Optional<String> after = writer.write(current, ref, theirs, version, next, action, reason, List.of());
            if (after.isPresent()) {
                JsonNode patch = JsonDiff.diff(theirs == null ? RobloxJson.nodes().nullNode() : theirs, next);
                return new SaveOutcome(true, version, after.get(), next, patch, List.of());
            }
        }
        throw new ConflictException("The profile " + ref.key() + " kept changing; the " + action
                + " was not written. Try again in a moment.");
    }

    private static String actionOf(WriteMode mode) {
        return switch (mode) {
            case NORMAL -> "save";
            case CLEAR_STALE_LOCK -> "clear-stale-lock";
            case REPLACE_WHOLE -> "replace";
        };
    }
}
