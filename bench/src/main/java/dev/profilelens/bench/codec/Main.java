package dev.profilelens.bench.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilelens.bench.Timing;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.JsonDiff;
import dev.profilelens.core.diff.MergeResult;
import dev.profilelens.core.diff.ThreeWayMerge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Issue #3 benchmark: decode / encode a realistic ~4 MB profile, diff two such profiles differing in 1% of fields,
 * three-way merge them, and plain Jackson readTree / writeValueAsBytes on the same bytes, side by side in one run.
 * Usage: {@code bench/run.sh codec [OUTPUT.md]}.
 */
public final class Main {
    private static final int WARMUP = 30;
    private static final int RUNS = 40;

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode base = ProfileFactory.profile(20_000, 7);
        byte[] bytes = RobloxJson.write(base);
        JsonNode mine = ProfileFactory.mutate(base, 0.01, 11);
        JsonNode theirs = ProfileFactory.mutate(base, 0.01, 12);
        ObjectMapper jackson = new ObjectMapper();
        JsonNode plain = readPlain(jackson, bytes);
        int changes = JsonDiff.diff(base, mine).size();
        MergeResult check = ThreeWayMerge.merge(base, mine, theirs);

        Map<String, Supplier<?>> tasks = new LinkedHashMap<>();
        tasks.put("decode", () -> RobloxJson.parse(bytes));
        tasks.put("encode", () -> RobloxJson.write(base));
        tasks.put("jacksonRead", () -> readPlain(jackson, bytes));
        tasks.put("jacksonWrite", () -> writePlain(jackson, plain));
        tasks.put("diff", () -> JsonDiff.diff(base, mine));
        tasks.put("merge", () -> ThreeWayMerge.merge(base, mine, theirs));
        Map<String, Timing> t = Timing.interleaved(WARMUP, RUNS, tasks);
        Timing decode = t.get("decode");
        Timing encode = t.get("encode");
        Timing jacksonRead = t.get("jacksonRead");
        Timing jacksonWrite = t.get("jacksonWrite");
        Timing diff = t.get("diff");
        Timing merge = t.get("merge");

        double ours = decode.median() + encode.median();
        double peer = jacksonRead.median() + jacksonWrite.median();
        StringBuilder md = new StringBuilder()
                .append("## Codec, diff and merge (issue #3) — ").append(Instant.now()).append("\n\n")
                .append(String.format("Profile: %,d bytes, 20,000 inventory items; diff: %,d changed fields; "
                        + "merge: %d conflicts.%n%n", bytes.length, changes, check.conflicts().size()))
                .append("| operation | median | p90 | target |\n|---|---|---|---|\n")
                .append(row("decode (RobloxJson.parse)", decode, "≤ 30 ms"))
                .append(row("encode (RobloxJson.write)", encode, "≤ 30 ms"))
                .append(row("diff (1% of fields)", diff, "≤ 50 ms"))
                .append(row("three-way merge", merge, "≤ 80 ms"))
                .append(row("Jackson readTree (peer)", jacksonRead, ""))
                .append(row("Jackson writeValueAsBytes (peer)", jacksonWrite, ""))
                .append(String.format("%nRatio decode+encode / Jackson read+write: **%.2f×** (target ≤ 1.5×).%n",
                        ours / peer))
                .append(String.format("JVM %s, %d cores, %d warm-up and %d timed rounds, tasks interleaved in each "
                        + "round.%n",
                        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), WARMUP, RUNS));
        System.out.print(md);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), md);
        }
    }

    private static String row(String name, Timing t, String target) {
        return String.format("| %s | %.1f ms | %.1f ms | %s |%n", name, t.median(), t.p90(), target);
    }

    private static JsonNode readPlain(ObjectMapper mapper, byte[] bytes) {
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] writePlain(ObjectMapper mapper, JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
