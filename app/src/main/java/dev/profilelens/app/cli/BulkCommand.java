package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.audit.index.Sleeper;
import dev.profilelens.core.bulk.BulkEdit;
import dev.profilelens.core.bulk.KeyPlan;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.DataDirectory;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code profilelens bulk STORE (--prefix P | --keys FILE) INTENT… --reason TEXT [--dry-run] [--batch NAME]}. */
@Command(name = "bulk", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Apply the same intents to a set of keys (every key under --prefix, or the keys listed in "
                + "--keys FILE, one per line) through the save pipeline, one key at a time, paced to the write "
                + "budget. --dry-run prints one JSON line per key with its plan (change / unchanged / live / "
                + "invalid) and patch, then the counts; nothing is written.",
            "A run writes every change; live profiles are left for later (run the same --batch again once they "
                + "are released: keys already done are skipped). Every write is in the audit log with the reason "
                + "and the batch name."})
final class BulkCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE")
    String store;

    @Option(names = "--prefix", paramLabel = "P", description = "Every key starting with P.")
    String prefix;

    @Option(names = "--keys", paramLabel = "FILE", description = "Keys, one per line ('#' comments).")
    Path keysFile;

    @Option(names = "--scope", defaultValue = "global", description = "Scope (default: ${DEFAULT-VALUE}).")
    String scope;

    @Option(names = "--reason", required = true, description = "Why (recorded in the audit log).")
    String reason;

    @Mixin
    IntentOptions intentOptions;

    @Option(names = "--dry-run", description = "Plan every key; write nothing.")
    boolean dryRun;

    @Option(names = "--batch", paramLabel = "NAME", description = "Batch name (audit log; run again to resume).")
    String batch;

    @Mixin
    SourceOption source;

    @Override
    public Integer call() {
        if ((prefix == null) == (keysFile == null)) {
            throw new InvalidInputException("Give exactly one of --prefix P and --keys FILE", "--prefix/--keys");
        }
        if (batch == null) {
            batch = "bulk-" + System.currentTimeMillis();
        }
        if (!batch.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new InvalidInputException("--batch takes letters, digits, '.', '_' or '-' (got " + batch + ")",
                    "--batch");
        }
        List<Intent> intents = intentOptions.intents();
        PrintWriter out = spec.commandLine().getOut();
        Map<KeyPlan.Plan, Integer> counts = new EnumMap<>(KeyPlan.Plan.class);
        Path journal = DataDirectory.resolve().resolve("batches").resolve(batch + ".done");
        Set<String> done = dryRun ? Set.of() : readJournal(journal);
        int skipped = 0;
        try (WriteSession session = WriteSession.open(source.spec)) {
            ProfileSource s = session.source();
            BulkEdit bulk = new BulkEdit(session.useCase(), new RequestPacer(s.capabilities().budget(), 0.97,
                    Clock.systemUTC(), Sleeper.real()));
            for (EntryRef ref : keys(s, out)) {
                if (done.contains(ref.toString())) {
                    skipped++;
                    continue;
                }
                KeyPlan p = bulk.apply(ref, intents, BulkEdit.reason(reason, batch), dryRun);
                counts.merge(p.plan(), 1, Integer::sum);
                out.println(line(p));
                if (!dryRun && p.plan() != KeyPlan.Plan.LIVE) {
                    appendJournal(journal, ref.toString());
                }
            }
        }
        ObjectNode summary = RobloxJson.nodes().objectNode();
        summary.put("summary", dryRun ? "dry-run" : "done");
        summary.put("batch", batch);
        for (KeyPlan.Plan p : KeyPlan.Plan.values()) {
            summary.put(p.jsonName(), counts.getOrDefault(p, 0));
        }
        summary.put("alreadyDone", skipped);
        out.println(summary);
        return !dryRun && counts.getOrDefault(KeyPlan.Plan.LIVE, 0) > 0 ? 4 : 0;
    }

    private List<EntryRef> keys(ProfileSource s, PrintWriter out) {
        List<EntryRef> refs = new ArrayList<>();
        if (prefix != null) {
            String cursor = null;
            do {
                Page<EntryRef> page = s.listKeys(store, scope, prefix, cursor, 100);
                refs.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null);
            return refs;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(keysFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the key list " + keysFile + ": " + e.getMessage(), "--keys");
        }
        for (int i = 0; i < lines.size(); i++) {
            String k = lines.get(i).strip();
            if (k.isEmpty() || k.startsWith("#")) {
                continue;
            }
            EntryRef ref = new EntryRef(store, scope, k);
            try {
                Limits.checkRef(ref);
                refs.add(ref);
            } catch (InvalidInputException e) {
                ObjectNode o = RobloxJson.nodes().objectNode();
                o.put("line", i + 1);
                o.put("plan", KeyPlan.Plan.INVALID.jsonName());
                o.put("message", keysFile + " line " + (i + 1) + ": " + e.userMessage());
                out.println(o);
            }
        }
        return refs;
    }

    private static ObjectNode line(KeyPlan p) {
        ObjectNode o = RobloxJson.nodes().objectNode();
        o.put("store", p.ref().store());
        o.put("scope", p.ref().scope());
        o.put("key", p.ref().key());
        o.put("plan", p.plan().jsonName());
        o.set("patch", p.patch());
        o.put("written", p.written());
        o.put("message", p.message());
        return o;
    }

    private static Set<String> readJournal(Path journal) {
        try {
            return Files.exists(journal) ? new HashSet<>(Files.readAllLines(journal, StandardCharsets.UTF_8))
                    : new HashSet<>();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void appendJournal(Path journal, String key) {
        try {
            Files.createDirectories(journal.getParent());
            Files.writeString(journal, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
