package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.SaveOutcome;
import dev.profilelens.core.edit.SaveRequest;
import dev.profilelens.core.edit.WriteMode;
import dev.profilelens.core.error.ConflictException;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.StoredEntry;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code profilelens put STORE KEY FILE --reason TEXT}: a write through the save pipeline (design.md §3). */
@Command(name = "put", mixinStandardHelpOptions = true,
        description = {"Write a value through the save pipeline: validated, refused while a live server owns the "
                + "profile (exit 4), written only if unchanged since read (or since --expect-version: exit 3), "
                + "recorded in the audit log.",
            "A missing, placeholder or corrupt value can only be replaced as a whole: add --replace --confirm KEY."})
final class PutCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    KeyArgs target;

    @Parameters(index = "2", paramLabel = "FILE", description = "The new value (JSON); '-' reads standard input.")
    String file;

    @Option(names = "--reason", required = true, description = "Why (recorded in the audit log).")
    String reason;

    @Option(names = "--expect-version", paramLabel = "V", description = "Write only if the stored version is V.")
    String expectVersion;

    @Option(names = "--replace", description = "Replace a missing, placeholder or corrupt value as a whole.")
    boolean replace;

    @Option(names = "--confirm", paramLabel = "KEY", description = "The key, typed again, to confirm --replace.")
    String confirm;

    @Mixin
    SourceOption source;

    @Override
    public Integer call() {
        JsonNode mine = CliInput.json(file, System.in);
        EntryRef ref = target.ref();
        try (WriteSession session = WriteSession.open(source.spec)) {
            Optional<StoredEntry> current = session.source().read(ref);
            String version = current.map(StoredEntry::version).orElse(null);
            if (expectVersion != null && !expectVersion.equals(version)) {
                throw new ConflictException("The value of " + ref.key() + " changed since version " + expectVersion
                        + " (now " + (version == null ? "missing" : version) + "); nothing was written.");
            }
            JsonNode base = current.map(e -> RobloxJson.parse(e.value())).orElse(null);
            SaveRequest request = new SaveRequest(ref, base, version, mine, reason,
                    replace ? WriteMode.REPLACE_WHOLE : WriteMode.NORMAL, confirm);
            SaveOutcome outcome;
            try {
                outcome = session.pipeline().save(request);
            } catch (InvalidInputException e) {
                // a refusal naming a JSON path is about the value read from FILE: say so (exit 2 names the file)
                throw e.path() == null ? e : e.within(file);
            }
            spec.commandLine().getOut().println(outcome.written()
                    ? "written: " + ref.key() + " version " + outcome.versionAfter()
                            + (outcome.mergedPaths().isEmpty() ? "" : " (merged: " + outcome.mergedPaths() + ")")
                    : "unchanged: " + ref.key() + " already holds this value; nothing was written");
            return 0;
        }
    }
}
