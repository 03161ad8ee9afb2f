package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.Conflict;
import dev.profilelens.core.diff.MergeResult;
import dev.profilelens.core.diff.ThreeWayMerge;
import dev.profilelens.core.error.InvalidInputException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens merge BASE MINE THEIRS}: merged JSON (exit 0) or the conflicts by path (exit 3). */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Three-way merge: print the merged value (exit 0), or {\"conflicts\":[...]} with the base, "
                + "mine and theirs value of every conflicting path (exit 3).")
final class MergeCommand implements Callable<Integer> {
    static final int CONFLICT = 3;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The value both sides started from.")
    String baseFile;

    @Parameters(index = "1", paramLabel = "MINE", description = "My edit of BASE.")
    String mineFile;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "Their edit of BASE (e.g. what is stored now).")
    String theirsFile;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        MergeResult result = ThreeWayMerge.merge(writable(baseFile), writable(mineFile), writable(theirsFile));
        if (result.clean()) {
            spec.commandLine().getOut().println(RobloxJson.pretty(result.merged()));
            return 0;
        }
        ObjectNode report = RobloxJson.nodes().objectNode();
        ArrayNode list = report.putArray("conflicts");
        for (Conflict c : result.conflicts()) {
            ObjectNode o = list.addObject();
            o.put("path", c.path());
            o.set("base", orNull(c.base()));
            o.set("mine", orNull(c.mine()));
            o.set("theirs", orNull(c.theirs()));
        }
        spec.commandLine().getOut().println(RobloxJson.prettyReport(report));
        return CONFLICT;
    }

    /** FILE as a value the writer accepts, so that a refusal names the file it comes from, not the merge. */
    private static JsonNode writable(String file) {
        JsonNode value = CliInput.json(file, System.in);
        try {
            RobloxJson.write(value);
        } catch (InvalidInputException e) {
            throw e.within(file);
        }
        return value;
    }

    private static JsonNode orNull(@Nullable JsonNode n) {
        return n == null ? RobloxJson.nodes().nullNode() : n;
    }
}
