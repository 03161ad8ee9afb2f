package dev.profilelens.app.cli;

import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.audit.index.ScanProgress;
import dev.profilelens.core.audit.index.Sleeper;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.mirror.Mirror;
import dev.profilelens.core.mirror.MirrorRequest;
import dev.profilelens.core.mirror.MirrorResult;
import dev.profilelens.core.mirror.MirrorTarget;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.ProfileSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens mirror --to sqlite:PATH [--stores S,…] [--prefix P] [--versions]}. */
@Command(name = "mirror", mixinStandardHelpOptions = true, subcommands = CopyBackCommand.class,
        description = {"Copy stores (or the keys under --prefix, or every store) into a local ProfileLens store: "
                + "values, UserIds and attributes, and with --versions every version, under the source's version "
                + "ids and times. Paced to the source's read budget; progress with ETA on stderr.",
            "Each page of keys is committed with the position after it: after a crash, a full disk or Ctrl+C, "
                + "run the same command again to resume. The copy opens read-only (a connection to it cannot "
                + "write); running a finished mirror again adds what is new."})
final class MirrorCommand implements Callable<Integer> {
    static final double BUDGET_SHARE = 0.97;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SourceOption source;

    @Option(names = "--to", paramLabel = "sqlite:PATH", description = "The local store to fill.")
    @Nullable String to;

    @Option(names = "--stores", split = ",", paramLabel = "S", description = "Only these stores (default: all).")
    List<String> stores = new ArrayList<>();

    @Option(names = "--prefix", defaultValue = "", paramLabel = "P", description = "Only keys starting with P.")
    String prefix;

    @Option(names = "--versions", description = "Copy every version, not only the current value.")
    boolean versions;

    @Option(names = "--ordered", split = ",", paramLabel = "S", description = "Ordered data stores to copy too, where "
            + "the source cannot list them (Open Cloud); DataStore2 backup indexes are found by themselves.")
    List<String> ordered = new ArrayList<>();

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        if (to == null) {
            throw new InvalidInputException("mirror needs --to sqlite:PATH (or the copy-back subcommand)", "--to");
        }
        if (!to.startsWith("sqlite:") || to.length() == "sqlite:".length()) {
            throw new InvalidInputException("--to takes sqlite:PATH, e.g. --to sqlite:copy.db (got " + to + ")",
                    "--to");
        }
        PrintWriter err = spec.commandLine().getErr();
        AtomicBoolean cancel = new AtomicBoolean();
        Thread worker = Thread.currentThread();
        Thread hook = new Thread(() -> {
            cancel.set(true);
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "mirror-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try (ProfileSource from = source.openReadOnly();
             OrderedSource orderedSource = MirrorOrdered.open(source.env, source.spec, true);
             MirrorTarget target = source.env.providers().mirrorTarget(to).orElseThrow(() -> new InvalidInputException(
                     "No mirror target opens " + to + "; use --to sqlite:PATH", "--to"))) {
            RequestPacer pacer = new RequestPacer(from.capabilities().budget(), BUDGET_SHARE, source.env.clock(),
                    Sleeper.real());
            List<OrderedStoreRef> orderedStores = MirrorOrdered.stores(orderedSource, from, ordered, stores);
            MirrorResult r = new Mirror(from, orderedSource, pacer, source.env.clock()).run(new MirrorRequest(stores,
                    prefix, versions, orderedStores), target, p -> err.println(line(p)), cancel::get);
            err.println((r.complete() ? "mirror complete: " : "mirror stopped (run again to resume): ") + r.keys()
                    + " keys, " + r.versions() + " versions, " + r.orderedEntries() + " ordered entries copied"
                    + (r.resumed() ? " (resumed)" : "") + " into " + target.describe());
            return r.complete() ? 0 : 5;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for this thread
            }
        }
    }

    static String line(ScanProgress p) {
        return String.format(Locale.ROOT, "mirrored %,d of %,d keys (%.0f%%), %.1f keys/s, ETA %s", p.done(),
                p.total(), p.fraction() * 100, p.perSecond(), p.eta() == null ? "unknown"
                        : p.eta().toSeconds() + " s");
    }
}
