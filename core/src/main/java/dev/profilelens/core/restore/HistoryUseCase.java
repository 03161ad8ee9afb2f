package dev.profilelens.core.restore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.EditRequest;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.SaveUseCase;
import dev.profilelens.core.edit.WriteMode;
import dev.profilelens.core.edit.intent.Change;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.IntentDiff;
import dev.profilelens.core.edit.intent.IntentFailedException;
import dev.profilelens.core.edit.intent.IntentFailure;
import dev.profilelens.core.edit.intent.Intents;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one use case that writes values from history (ADR 0200), for the GUI and the CLI alike: a restore of a
 * version (whole or chosen paths) and a revert of an audited write. Both first become a {@link HistoryPlan} (guarded
 * "set" intents and the value now → the value after, per path), shown to the user; then the plan is saved through
 * {@link SaveUseCase}, which re-applies the intents to the latest value: what others changed elsewhere is kept, and a
 * path someone changed since the preview is a conflict, never silently overwritten. Call off the FX thread.
 */
public final class HistoryUseCase {
    private final ProfileSource source;
    private final SaveUseCase save;

    public HistoryUseCase(ProfileSource source, SaveUseCase save) {
        this.source = source;
        this.save = save;
    }

    /** Restoring {@code version} of {@code ref}: whole when {@code paths} is empty, else only those JSON paths. */
    public HistoryPlan restore(EntryRef ref, String version, List<String> paths, boolean dropGlobalUpdates) {
        JsonNode old = version(ref, version, "--version");
        Optional<StoredEntry> now = source.read(ref);
        JsonNode current = now.map(e -> RobloxJson.parse(e.value())).orElse(null);
        JsonNode restored = paths.isEmpty() ? RestoreBuilder.whole(current, old, dropGlobalUpdates)
                : RestoreBuilder.paths(current, old, paths, dropGlobalUpdates);
        return plan(ref, "restore", "version " + version, paths, now, current,
                IntentDiff.deriveWithMailbox(current, restored, IntentDiff.Numbers.SET));
    }

    /**
     * Undoing the write that turned {@code versionBefore} into {@code versionAfter}: each path it changed goes back,
     * guarded by the value it wrote, so a path changed since by someone else is a conflict.
     */
    public HistoryPlan revert(EntryRef ref, String versionBefore, String versionAfter) {
        JsonNode before = version(ref, versionBefore, "versionBefore");
        JsonNode after = version(ref, versionAfter, "versionAfter");
        Optional<StoredEntry> now = source.read(ref);
        JsonNode current = now.map(e -> RobloxJson.parse(e.value())).orElse(null);
        return plan(ref, "revert", "version " + versionAfter, List.of(), now, current,
                IntentDiff.deriveWithMailbox(after, before, IntentDiff.Numbers.SET));
    }

    /**
     * Writes the plan. {@code clearStaleLock} also removes a dead lock (the pipeline checks that it is dead);
     * {@code confirmation} is the key typed again where the mode needs it.
     */
    public SaveResult apply(HistoryPlan plan, String reason, @Nullable String confirmation, boolean clearStaleLock) {
        WriteMode mode = clearStaleLock ? WriteMode.CLEAR_STALE_LOCK : plan.mode();
        EditRequest request = new EditRequest(plan.ref(), plan.intents(), plan.auditReason(reason), mode,
                confirmation, null, plan.current(), plan.action(), false);
        return save.save(request);
    }

    private HistoryPlan plan(EntryRef ref, String action, String from, List<String> paths,
                             Optional<StoredEntry> now, @Nullable JsonNode current, List<Intent> intents) {
        List<Change> changes = List.of();
        List<String> problems = List.of();
        try {
            changes = Intents.apply(current, intents).changes();
        } catch (IntentFailedException e) {
            problems = e.failures().stream().map(IntentFailure::describe).toList();
        }
        WriteMode mode = current == null || ProfileCodec.classify(current) != Kind.PROFILE ? WriteMode.REPLACE_WHOLE
                : WriteMode.NORMAL;
        return new HistoryPlan(ref, action, from, paths, now.map(StoredEntry::version).orElse(null), current,
                intents, changes, problems, mode);
    }

    private JsonNode version(EntryRef ref, String version, String what) {
        StoredEntry e = source.readVersion(ref, version).orElseThrow(() -> new InvalidInputException(
                "There is no readable version " + version + " of " + ref + " (deleted or no longer kept); list them "
                        + "with: profilelens versions " + ref.store() + " " + ref.key(), what));
        return RobloxJson.parse(e.value());
    }
}
