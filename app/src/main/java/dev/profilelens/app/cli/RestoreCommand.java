package dev.profilelens.app.cli;

import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.intent.ReplaceValue;
import dev.profilelens.core.restore.HistoryPlan;
import dev.profilelens.core.restore.HistoryUseCase;
import dev.profilelens.core.store.EntryRef;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

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
    CommandLine.Model.CommandSpec spec;

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
                    .run(target.ds2Address(), r -> List.of(new ReplaceValue(
                            r.olderValue(version))), reason + " (restore of backup " + version + ")", "ds2-restore",
                            offline, false);
        }
        EntryRef ref = target.ref();
        try (WriteSession session = WriteSession.open(source.env, source.spec)) {
            HistoryUseCase history = new HistoryUseCase(session.source(), session.useCase());
            HistoryPlan plan = history.restore(ref, version, paths, dropGlobalUpdates);
            SaveResult result = history.apply(plan, reason, confirm, clearStaleLock);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (result instanceof SaveResult.Written w) {
                out.println("restored: " + ref.key() + " from version " + version + ", now version "
                        + w.versionAfter());
                w.changes().forEach(c -> out.println("  " + c.describe()));
            } else if (result instanceof SaveResult.Unchanged) {
                out.println("unchanged: " + ref.key() + " already holds this value; nothing was written");
            } else {
                err.println("error: " + result.message());
            }
            return result.exitCode();
        }
    }
}
