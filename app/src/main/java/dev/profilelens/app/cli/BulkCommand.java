package dev.profilelens.app.cli;

import dev.profilelens.core.bulk.BulkOptions;
import dev.profilelens.core.bulk.BulkRun;
import dev.profilelens.core.bulk.JqTransform;
import dev.profilelens.core.bulk.KeySet;
import dev.profilelens.core.bulk.ValueFilter;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.error.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code profilelens bulk STORE (--prefix P | --keys FILE | --where EXPR) (INTENT… | --jq EXPR) --reason TEXT
 * [--dry-run] [--batch NAME] [--live wait|deliver|skip]} and {@code bulk revert NAME}.
 */
@Command(name = "bulk", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = BulkRevertCommand.class,
        description = {"Apply the same intents (or a jq expression) to a set of keys through the save pipeline, one "
                + "key at a time, paced to the write budget. The set: every key under --prefix, the keys or UserIds "
                + "listed in --keys FILE, and/or the profiles matching --where (the audit filter language: "
                + "DataVersion=1 is the MetaTag, any JSON Pointer, LO..HI ranges, !PATH, PATH[]=VALUE for "
                + "array-contains). --dry-run prints one JSON line per key with its plan (change / unchanged / live / "
                + "invalid) and patch, then the counts; nothing is written.",
            "A run writes every change, journaled so that the same --batch again resumes it without applying "
                + "anything twice. Live profiles: --live skip (default: left for a later run, exit 4), wait (retried "
                + "until released or --wait-timeout) or deliver (sent as global updates / messages through "
                + "--template). Progress with rate and ETA on stderr; Ctrl+C stops cleanly (resume with the same "
                + "--batch). Every write is in the audit log with the reason and the batch name."})
final class BulkCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", arity = "0..1")
    String store;

    @Option(names = "--prefix", paramLabel = "P", description = "Every key starting with P.")
    String prefix;

    @Option(names = "--keys", paramLabel = "FILE", description = "Keys or UserIds, one per line ('#' comments).")
    Path keysFile;

    @Option(names = "--key-template", paramLabel = "T",
            description = "Turns a UserId line of --keys into a key, e.g. Player_{id}.")
    String keyTemplate;

    @Option(names = "--where", paramLabel = "EXPR", description = "Only profiles matching (repeatable: all hold).")
    List<String> where = new ArrayList<>();

    @Option(names = "--jq", paramLabel = "EXPR", description = "A jq expression giving the new whole value.")
    String jq;

    @Option(names = "--scope", defaultValue = "global", description = "Scope (default: ${DEFAULT-VALUE}).")
    String scope;

    @Option(names = "--reason", description = "Why (recorded in the audit log).")
    String reason;

    @Mixin
    IntentOptions intentOptions;

    @Option(names = "--dry-run", description = "Plan every key; write nothing.")
    boolean dryRun;

    @Option(names = "--batch", paramLabel = "NAME", description = "Batch name (audit log; run again to resume).")
    String batch;

    @Option(names = "--live", paramLabel = "wait|deliver|skip", defaultValue = "skip",
            description = "Live profiles: skip (default), wait until released, or deliver through --template.")
    String live;

    @Option(names = "--template", paramLabel = "TEMPLATE", defaultValue = "sandbox",
            description = "Delivery template for --live deliver: a file, or sandbox (default).")
    String template;

    @Option(names = "--wait-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "How long --live wait retries live profiles (default ${DEFAULT-VALUE}).")
    long waitSeconds;

    @Mixin
    SourceOption source;

    @Override
    public Integer call() {
        if (store == null) {
            throw new InvalidInputException("Give the STORE (or use bulk revert NAME)", "STORE");
        }
        if (reason == null) {
            throw new InvalidInputException("Give --reason TEXT", "--reason");
        }
        if (prefix != null && keysFile != null || prefix == null && keysFile == null && where.isEmpty()) {
            throw new InvalidInputException("Give one of --prefix P and --keys FILE, and/or --where EXPR",
                    "--prefix/--keys/--where");
        }
        if ((jq != null) == intentOptions.any()) {
            throw new InvalidInputException("Give intents (--set, --add, --tag, …) or --jq EXPR, not both",
                    jq != null ? "--jq" : "INTENT");
        }
        List<Intent> intents = jq != null ? List.of(JqTransform.compile(jq, "--jq").intent())
                : intentOptions.intents();
        ValueFilter filter = where.isEmpty() ? null : ValueFilter.parse(where);
        BulkOptions.Live policy = BulkOptions.Live.parse(live);
        String name = batch != null ? batch : "bulk-" + System.currentTimeMillis();
        BulkOptions.checkName(name);
        try (WriteSession session = WriteSession.open(source.env, source.spec);
             BulkConsole console = new BulkConsole(spec.commandLine().getOut(), spec.commandLine().getErr())) {
            BulkOptions o = new BulkOptions(name, reason, dryRun, policy, Duration.ofSeconds(waitSeconds),
                    Duration.ofSeconds(2), policy == BulkOptions.Live.DELIVER ? LiveEdit.template(template, store)
                    : null);
            KeySet set = keys(session);
            set.rejected().forEach(console::rejected);
            BulkRun.Summary s = session.bulkRun().run(set.keys(), ref -> intents, filter, o, console,
                    console::cancelled);
            return console.summary(s, set.rejected().size());
        }
    }

    private KeySet keys(WriteSession session) {
        if (keysFile == null) {
            return KeySet.prefix(session.source(), store, scope, prefix == null ? "" : prefix);
        }
        try {
            return KeySet.lines(Files.readAllLines(keysFile, StandardCharsets.UTF_8), store, scope, keyTemplate,
                    keysFile.toString());
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the key list " + keysFile + ": " + e.getMessage(), "--keys");
        }
    }
}
