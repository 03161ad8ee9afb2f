package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.bulk.BatchRevert;
import dev.profilelens.core.bulk.BulkOptions;
import dev.profilelens.core.bulk.BulkRun;
import dev.profilelens.core.bulk.KeyPlan;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens bulk revert NAME --reason TEXT [--dry-run]}: undoes a batch through the pipeline. */
@Command(name = "revert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Undo batch NAME through the save pipeline: every path the batch wrote is set back to its "
                + "value before the batch, but only while it still holds the value the batch wrote; paths changed "
                + "since are left alone and listed (\"skipped\"). The revert is a batch itself (NAME.revert): "
                + "journaled, resumable, in the audit log. Live profiles are left for a later run (exit 4) unless "
                + "--live wait."})
final class BulkRevertCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String batch;

    @Option(names = "--reason", required = true, description = "Why (recorded in the audit log).")
    String reason;

    @Option(names = "--dry-run", description = "Plan every key; write nothing.")
    boolean dryRun;

    @Option(names = "--live", paramLabel = "wait|skip", defaultValue = "skip",
            description = "Live profiles: skip (default) or wait until released.")
    String live;

    @Option(names = "--wait-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "How long --live wait retries (default ${DEFAULT-VALUE}).")
    long waitSeconds;

    @Mixin
    SourceOption source;

    @Override
    public Integer call() {
        BulkOptions.Live policy = BulkOptions.Live.parse(live);
        if (policy == BulkOptions.Live.DELIVER) {
            throw new InvalidInputException("a revert cannot be delivered as a global "
                    + "update; use --live wait or skip", "--live");
        }
        try (WriteSession session = WriteSession.open(source.env, source.spec);
             BulkConsole console = new BulkConsole(spec.commandLine().getOut(), spec.commandLine().getErr(),
                     this::skipped)) {
            revert = BatchRevert.plan(session.audit(), session.source(), batch,
                    session.bulkRun().journalFile(batch));
            for (String problem : revert.problems()) {
                ObjectNode o = RobloxJson.nodes().objectNode();
                o.put("plan", KeyPlan.Plan.INVALID.jsonName());
                o.put("message", problem);
                spec.commandLine().getOut().println(o);
            }
            BulkOptions o = new BulkOptions(BatchRevert.revertName(batch), reason, dryRun, policy,
                    Duration.ofSeconds(waitSeconds), Duration.ofSeconds(2), null);
            BulkRun.Summary s = session.bulkRun().run(revert.keys(), revert::intents, null, o, console,
                    console::cancelled);
            return console.summary(s, revert.problems().size());
        }
    }

    private @Nullable BatchRevert revert;

    private List<String> skipped(EntryRef ref) {
        return revert == null ? List.of() : revert.skipped(ref);
    }
}
