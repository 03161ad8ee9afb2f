package dev.profilelens.app.cli;

import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.SaveOutcome;
import dev.profilelens.core.edit.SaveRequest;
import dev.profilelens.core.edit.WriteMode;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.StoredEntry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens unlock STORE KEY --reason TEXT --confirm KEY}: clears a stale lock only. */
@Command(name = "unlock", mixinStandardHelpOptions = true,
        description = "Clear a STALE session lock (owner silent beyond the dead-lock age), through the save "
                + "pipeline and audit log. A fresh lock is refused (exit 4): a live server owns the profile.")
final class UnlockCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    KeyArgs target;

    @Option(names = "--reason", required = true, description = "Why (recorded in the audit log).")
    String reason;

    @Option(names = "--confirm", required = true, paramLabel = "KEY", description = "The key, typed again.")
    String confirm;

    @Mixin
    SourceOption source;

    @Override
    public Integer call() {
        EntryRef ref = target.ref();
        try (WriteSession session = WriteSession.open(source.env, source.spec)) {
            StoredEntry current = session.source().read(ref).orElseThrow(() ->
                    new InvalidInputException("There is no value at " + ref.store() + "/" + ref.key()
                            + "; nothing to unlock."));
            var value = RobloxJson.parse(current.value());
            SaveOutcome outcome = session.pipeline().save(new SaveRequest(ref, value, current.version(), value,
                    reason, WriteMode.CLEAR_STALE_LOCK, confirm));
            spec.commandLine().getOut().println(outcome.written()
                    ? "unlocked: " + ref.key() + " version " + outcome.versionAfter()
                    : "not locked: " + ref.key() + " has no session lock; nothing was written");
            return 0;
        }
    }
}
