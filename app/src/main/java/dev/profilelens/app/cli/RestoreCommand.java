package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.SaveOutcome;
import dev.profilelens.core.edit.SaveRequest;
import dev.profilelens.core.edit.WriteMode;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.restore.RestoreBuilder;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.StoredEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code profilelens restore STORE KEY --version V [--path P]… --reason TEXT}: a restore through the pipeline. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore an old version as a new write through the save pipeline: the whole value, or with "
                + "--path only the chosen JSON paths (field-level rollback).",
            "The current lock, SessionLoadCount, LastUpdate and the GlobalUpdates mailbox are kept (old gifts are "
                + "never delivered again); --drop-global-updates also empties the mailbox, keeping its index.",
            "Refused while a live server owns the profile (exit 4); a stale lock needs --clear-stale-lock and a "
                + "missing, placeholder or corrupt current value --confirm KEY."})
final class RestoreCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SourceOption source;

    @Mixin
    KeyArgs target;

    @Option(names = "--version", required = true, paramLabel = "V", description = "The version to restore from.")
    String version;

    @Option(names = "--path", paramLabel = "P", description = "Restore only this JSON path (repeatable).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--reason", required = true, description = "Why (recorded in the audit log).")
    String reason;

    @Option(names = "--drop-global-updates", description = "Empty the mailbox (pending and locked global updates "
            + "or messages) in the restored value.")
    boolean dropGlobalUpdates;

    @Option(names = "--clear-stale-lock", description = "Remove a stale (dead) lock while restoring.")
    boolean clearStaleLock;

    @Option(names = "--confirm", paramLabel = "KEY", description = "The key, typed again (for --clear-stale-lock "
            + "or to replace a missing, placeholder or corrupt value).")
    @Nullable String confirm;

    @Option(names = "--offline", description = "DataStore2 players (ds2:MASTER/USERID): state that the player is "
            + "not in a game. DataStore2 has no session lock; without this nothing is written (exit 4).")
    boolean offline;

    @Mixin
    Ds2Options ds2;

    @Override
    public Integer call() {
        if (target.ds2Address() != null) {
            if (!paths.isEmpty()) {
                return new Ds2Writes(source, ds2, spec.commandLine().getOut(), spec.commandLine().getErr())
                        .run(target.ds2Address(), r -> Ds2Writes.pathIntents(
                                r.olderValue(version), paths), reason + " (restore of backup " + version + " at "
                                + paths + ")", "ds2-restore", offline, false);
            }
            return new Ds2Writes(source, ds2, spec.commandLine().getOut(), spec.commandLine().getErr())
                    .run(target.ds2Address(), r -> List.of(new dev.profilelens.core.edit.intent.ReplaceValue(
                            r.olderValue(version))), reason + " (restore of backup " + version + ")", "ds2-restore",
                            offline, false);
        }
        EntryRef ref = target.ref();
        try (WriteSession session = WriteSession.open(source.spec)) {
            StoredEntry old = session.source().readVersion(ref, version).orElseThrow(() ->
                    new InvalidInputException("There is no readable version " + version + " of " + ref
                            + " (deleted or unknown); list them with: profilelens versions " + ref.store() + " "
                            + ref.key(),
                            "--version"));
            Optional<StoredEntry> current = session.source().read(ref);
            JsonNode base = current.map(e -> RobloxJson.parse(e.value())).orElse(null);
            JsonNode oldValue = RobloxJson.parse(old.value());
            JsonNode restored = paths.isEmpty() ? RestoreBuilder.whole(base, oldValue, dropGlobalUpdates)
                    : RestoreBuilder.paths(base, oldValue, paths, dropGlobalUpdates);
            WriteMode mode = clearStaleLock ? WriteMode.CLEAR_STALE_LOCK
                    : base == null || ProfileCodec.classify(base) != Kind.PROFILE ? WriteMode.REPLACE_WHOLE
                    : WriteMode.NORMAL;
            SaveOutcome outcome = session.pipeline().save(new SaveRequest(ref, base,
                    current.map(StoredEntry::version).orElse(null), restored,
                    reason + " (restore of version " + version + (paths.isEmpty() ? "" : " at " + paths) + ")",
                    mode, confirm));
            spec.commandLine().getOut().println(outcome.written()
                    ? "restored: " + ref.key() + " from version " + version + ", now version " + outcome.versionAfter()
                    : "unchanged: " + ref.key() + " already holds this value; nothing was written");
            return 0;
        }
    }
}
