package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.audit.index.AuditIndex;
import dev.profilelens.core.audit.index.GroupCount;
import dev.profilelens.core.audit.index.IndexFilter;
import dev.profilelens.core.audit.index.IndexFilters;
import dev.profilelens.core.audit.index.MetaTagScan;
import dev.profilelens.core.audit.index.ScanProgress;
import dev.profilelens.core.audit.index.ScanResult;
import dev.profilelens.core.audit.index.ScanSpec;
import dev.profilelens.core.audit.index.Sleeper;
import dev.profilelens.core.audit.index.ValueType;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ds2.Ds2Audit;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.ProfileSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens audit STORE [--path P]…}: scan into a local index, then group counts as JSON (and CSV). */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Scan a store (or the keys under --prefix) into a local index of JSON paths (default: every "
                + "MetaTag), paced to the source's request budget, then print one JSON object with the number of "
                + "profiles per value of each path (profiles lacking it counted as \"missing\").",
            "STORE ds2:MASTER scans the latest value of every DataStore2 player of MASTER (--prefix: user ids "
                + "starting with it; default path /*: every top-level key).",
            "Filters (--where, all must hold): PATH=VALUE (numbers compare numerically; quote a value, "
                + "PATH=\"1\", to match text), PATH=LO..HI (numeric range, inclusive; a side may be empty), "
                + "!PATH (the profile lacks the path).",
            "An interrupted scan resumes where it stopped when run again; a finished index is rescanned unless "
                + "--cached. Progress goes to stderr."})
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SourceOption source;

    @Parameters(index = "0", paramLabel = "STORE")
    String store;

    @Option(names = "--path", paramLabel = "P", description = "JSON path to index (repeatable; P/* indexes "
            + "every key of a table). Default: /MetaData/MetaTags/*")
    List<String> paths = new ArrayList<>();

    @Option(names = "--prefix", paramLabel = "P", defaultValue = "", description = "Only keys starting with P.")
    String prefix;

    @Option(names = "--scope", defaultValue = "global", description = "Scope (default: ${DEFAULT-VALUE}).")
    String scope;

    @Option(names = "--where", paramLabel = "EXPR", description = "A filter (repeatable; see above).")
    List<String> where = new ArrayList<>();

    @Option(names = "--group-by", paramLabel = "PATH", description = "Paths to count values of (repeatable). "
            + "Default: the indexed paths (every MetaTag found, for the default).")
    List<String> groupBy = new ArrayList<>();

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the matching profiles as CSV (scope, "
            + "key, version, kind and one column per path).")
    @Nullable Path csv;

    @Option(names = "--index", paramLabel = "FILE", description = "The index file (default: in the ProfileLens "
            + "data directory, one per source, store and paths).")
    @Nullable Path indexFile;

    @Option(names = "--cached", description = "Query a finished index without scanning again.")
    boolean cached;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        boolean ds2 = Ds2Address.isAddress(store);
        if (ds2 && paths.isEmpty()) {
            paths.add("/*"); // a DataStore2 value has no MetaTags: its top-level keys (combined sub-keys) instead
        }
        ScanSpec scan = new ScanSpec(store, scope, prefix, paths.isEmpty() ? List.of(ScanSpec.ALL_META_TAGS) : paths);
        List<IndexFilter> filters = IndexFilters.parse(where);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MetaTagScan scans = new MetaTagScan(source.env.providers().auditIndex(), source.env.clock(),
                Sleeper.real());
        try (ProfileSource s = source.open()) {
            Path file = indexFile != null ? indexFile : scans.defaultFile(source.env.home(), s, scan);
            try (AuditIndex index = scans.open(file)) {
                boolean fresh = cached && MetaTagScan.holdsFinished(index, scan);
                if (cached && !fresh) {
                    throw new InvalidInputException("--cached: the index " + file + " holds no finished scan of "
                            + "these paths; run without --cached", "--cached");
                }
                if (!fresh) {
                    ScanResult r = ds2 ? Ds2Audit.scan(scans, s, () -> source.openOrdered(true), store, prefix,
                            scan, index, 1000, p -> err.println(progressLine(p)),
                            () -> Thread.currentThread().isInterrupted())
                            : scans.run(s, scan, index, 1000, p -> err.println(progressLine(p)),
                            () -> Thread.currentThread().isInterrupted());
                    err.println((r.resumed() ? "resumed and indexed " : "indexed ") + r.done() + " keys into "
                            + file);
                }
                out.println(report(index, filters).toString());
                if (csv != null) {
                    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                        long rows = index.exportCsv(filters, columns(index), w);
                        err.println("wrote " + rows + " rows to " + csv);
                    }
                }
            }
        }
        return 0;
    }

    static String progressLine(ScanProgress p) {
        return String.format(Locale.ROOT, "scanning %d/%d (%.0f%%) %.0f keys/s%s", p.done(), p.total(),
                p.fraction() * 100, p.perSecond(), p.eta() == null ? "" : ", ETA " + p.eta().toSeconds() + " s");
    }

    private List<String> columns(AuditIndex index) {
        if (!groupBy.isEmpty()) {
            return groupBy;
        }
        List<String> cols = new ArrayList<>();
        for (String p : paths.isEmpty() ? List.of(ScanSpec.ALL_META_TAGS) : paths) {
            if (p.endsWith("/*")) {
                String base = p.substring(0, p.length() - 1);
                index.paths().stream().filter(x -> x.startsWith(base)).forEach(cols::add);
            } else {
                cols.add(p);
            }
        }
        return cols;
    }

    private JsonNode report(AuditIndex index, List<IndexFilter> filters) {
        ObjectNode o = RobloxJson.nodes().objectNode();
        o.put("store", store);
        o.put("scope", scope);
        o.put("prefix", prefix);
        o.put("profiles", index.count(List.of()));
        ArrayNode wh = o.putArray("where");
        where.forEach(wh::add);
        o.put("matching", index.count(filters));
        ObjectNode groups = o.putObject("groups");
        for (String path : columns(index)) {
            ArrayNode arr = groups.putArray(path);
            for (GroupCount g : index.groupBy(path, filters)) {
                ObjectNode row = arr.addObject();
                String value = g.value();
                if (g.type() == null || value == null) {
                    row.put("missing", true);
                } else {
                    row.set("value", g.type() == ValueType.STRING ? RobloxJson.nodes().textNode(value)
                            : RobloxJson.parse(value));
                }
                row.put("count", g.count());
            }
        }
        return o;
    }
}
