package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.Validator;
import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.edit.EditRequest;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.WriteMode;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.IntentDiff;
import dev.profilelens.core.edit.intent.ReplaceValue;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.StoredEntry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code profilelens put STORE KEY FILE --reason TEXT}: the difference between the stored value and FILE, as "set"
 * intents on what the developer owns (Data, MetaTags, UserIds, RobloxMetaData), through the save use case. Session
 * fields and the mailbox stay as stored (ADR 0093).
 */
@Command(name = "put", mixinStandardHelpOptions = true,
        description = {"Write a value through the save pipeline: validated, refused while a live server owns the "
                + "profile (exit 4), written only if unchanged since read (or since --expect-version: exit 3), "
                + "recorded in the audit log.",
            "Only Data, MetaTags, UserIds and RobloxMetaData are taken from FILE: the session lock and the mailbox "
                + "(pending global updates / messages) stay as stored.",
            "A FILE older than the stored value (a server saved since) would revert the server's changes: the paths "
                + "are listed and --force is needed (exit 3 without it). `edit` is the safe way to change values.",
            "A missing, placeholder or corrupt value can only be replaced as a whole: add --replace --confirm KEY."})
final class PutCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    KeyArgs target;

    @Parameters(index = "2", paramLabel = "FILE", arity = "0..1",
            description = "The new value (JSON); '-' reads standard input.")
    @Nullable String file;

    @Option(names = "--reason", required = true, description = "Why (recorded in the audit log).")
    String reason;

    @Option(names = "--expect-version", paramLabel = "V",
            description = "Write only if the stored version is still V when writing (exit 3 otherwise, no merge).")
    String expectVersion;

    @Option(names = "--force", description = "Write even when FILE is older than the stored value.")
    boolean force;

    @Option(names = "--replace", description = "Replace a missing, placeholder or corrupt value as a whole.")
    boolean replace;

    @Option(names = "--confirm", paramLabel = "KEY", description = "The key, typed again, to confirm --replace.")
    String confirm;

    @Option(names = "--offline", description = "DataStore2 players (ds2:MASTER/USERID): state that the player is "
            + "not in a game. DataStore2 has no session lock; without this nothing is written (exit 4).")
    boolean offline;

    @Mixin
    Ds2Options ds2;

    @Mixin
    SourceOption source;

    @Override
    public Integer call() {
        if (file == null && target.key != null && Ds2Address.isAddress(target.store)) {
            file = target.key; // put ds2:MASTER/USERID FILE: the store is left out
            target.key = null;
        }
        if (file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing FILE (the new value)");
        }
        JsonNode mine = CliInput.json(file, System.in);
        if (target.ds2Address() != null) {
            return new Ds2Writes(source, ds2, spec.commandLine().getOut(), spec.commandLine().getErr())
                    .run(target.ds2Address(), r -> List.of(new ReplaceValue(mine)),
                            reason, "ds2-put", offline, false);
        }
        try {
            if (replace) {
                Validator.validateStored(mine);
            } else {
                Validator.validateProfile(mine);
            }
        } catch (InvalidInputException e) {
            throw e.within(file);
        }
        EntryRef ref = target.ref();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (WriteSession session = WriteSession.open(source.env, source.spec)) {
            Optional<StoredEntry> current = session.source().read(ref);
            JsonNode base = current.map(e -> RobloxJson.parse(e.value())).orElse(null);
            List<Intent> intents = IntentDiff.derive(base, mine, IntentDiff.Numbers.SET);
            PutChecks.reportKept(base, mine, err);
            if (!force && base != null && ProfileCodec.classify(base) == Kind.PROFILE) {
                List<String> reverted = PutChecks.reverted(base, mine, intents);
                if (!reverted.isEmpty()) {
                    err.println("error: " + file + " is older than the stored value of " + ref.key() + " (a server "
                            + "saved it since); writing it would revert:");
                    reverted.forEach(line -> err.println("  " + line));
                    err.println("Nothing was written. Use `profilelens edit` to change only what you mean, or add "
                            + "--force to write this copy anyway.");
                    return 3;
                }
            }
            EditRequest request = new EditRequest(ref, intents, reason, replace ? WriteMode.REPLACE_WHOLE
                    : WriteMode.NORMAL, confirm, expectVersion, base, replace ? "replace" : "save", false);
            SaveResult result = session.useCase().save(request);
            if (result instanceof SaveResult.Written w) {
                out.println("written: " + ref.key() + " version " + w.versionAfter()
                        + (w.reapplied() == 0 ? "" : " (applied to a newer value " + w.reapplied() + " time(s))"));
            } else if (result instanceof SaveResult.Unchanged) {
                out.println("unchanged: " + ref.key() + " already holds this value; nothing was written");
            } else {
                // a value the pipeline cannot store is about FILE: say so (exit 2 names the file)
                err.println("error: " + (result instanceof SaveResult.Invalid ? file + ": " : "") + result.message());
            }
            return result.exitCode();
        }
    }
}
