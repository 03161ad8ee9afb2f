package dev.profilelens.bench.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code profilelens bulk} as a user runs it: the app jar in a JVM of its own with the packaged options, on a
 * store file, its per-key lines to a file; timed from the process start to its exit (JVM start included), with the
 * CPU time it used.
 */
record CliRun(long wallMs, double cpuSeconds, JsonNode summary) {
    /** The second line of bash's {@code times}: the user and system time of the shell's children. */
    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s");

    static CliRun launch(Path jar, List<String> jvm, Path home, Path out, String... args)
            throws IOException, InterruptedException {
        List<String> java = new ArrayList<>(List.of("java"));
        java.addAll(jvm);
        java.addAll(List.of("-jar", jar.toString(), "bulk"));
        java.addAll(List.of(args));
        // bash runs it to report its CPU time (user + system) after it exits, which Java cannot read of a child
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "\"$@\" > \"$OUT\"; rc=$?; times >&2; exit $rc",
                "bulk"));
        cmd.addAll(java);
        Path err = out.resolveSibling(out.getFileName() + ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile());
        pb.environment().put("PROFILELENS_HOME", home.toString());
        pb.environment().put("OUT", out.toString());
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("bulk did not finish in 10 minutes: " + String.join(" ", java));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        String last = lines.isEmpty() ? "{}" : lines.get(lines.size() - 1);
        JsonNode summary = RobloxJson.parse(last.getBytes(StandardCharsets.UTF_8));
        if (p.exitValue() != 0 || !summary.has("summary")) {
            throw new IllegalStateException("bulk exited " + p.exitValue() + " (" + last + "): "
                    + String.join(" ", java) + "\n" + Files.readString(err));
        }
        List<String> errLines = Files.readAllLines(err, StandardCharsets.UTF_8);
        Matcher m = TIMES.matcher(errLines.get(errLines.size() - 1));
        double cpu = m.find() ? seconds(m.group(1), m.group(2)) + seconds(m.group(3), m.group(4)) : Double.NaN;
        return new CliRun(ms, cpu, summary);
    }

    private static double seconds(String minutes, String secs) {
        return Integer.parseInt(minutes) * 60 + Double.parseDouble(secs);
    }

    int count(String plan) {
        return summary.path(plan).asInt();
    }
}
