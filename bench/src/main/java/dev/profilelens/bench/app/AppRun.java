package dev.profilelens.bench.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One run of the packaged-style app jar with {@code --smoke-test} under Xvfb; the figures it printed. */
record AppRun(long usableMs, long shownMs, long rssMb, long paintMs, long rereadMs, long browseKeys,
              long browsePauseMs, long firstScrollPauseMs, String output) {
    /** Re-reads not counted in the warm figure (the JIT is still compiling the decoder and the panes). */
    static final int WARM_UP = 3;
    /** The virtual display every run of the app starts on (a fresh one per run, the bench's screen size). */
    static final List<String> XVFB = List.of("xvfb-run", "-a", "-s", "-screen 0 1400x900x24");
    /** The smoke test's line saying the keys are shown, with the milliseconds since the JVM started. */
    static final Pattern USABLE = Pattern.compile("usable \\(keys shown\\) (\\d+) ms");
    private static final Pattern SHOWN = Pattern.compile("profile shown (\\d+) ms after launch; resident memory "
            + "(-?\\d+) MB");
    private static final Pattern PAINT = Pattern.compile("opened and all \\d+ panes painted in (\\d+) ms");
    private static final Pattern REREAD = Pattern.compile("read again and all \\d+ panes painted in (\\d+) ms");
    private static final Pattern CPU = Pattern.compile("smoke: CPU of the first open: (.*)");
    private static final Pattern BROWSE = Pattern.compile("browsed (\\d+) keys in \\d+ ms; longest pause of the FX "
            + "thread (\\d+) ms \\(first scroll (-?\\d+) ms\\)");

    static AppRun launch(Path jar, Path home, List<String> jvm, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(XVFB);
        cmd.add("java");
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", jar.toString(), "--smoke-test"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(Map.of("PROFILELENS_HOME", home.toString()));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("app run failed: " + String.join(" ", cmd) + "\n" + out);
        }
        return new AppRun(find(USABLE, out, 1), find(SHOWN, out, 1), find(SHOWN, out, 2), find(PAINT, out, 1),
                warmMedian(out), find(BROWSE, out, 1), find(BROWSE, out, 2),
                find(BROWSE, out, 3), out);
    }

    /** The CPU the first open used by thread kind ({@code gc N ms, jit N ms, …}), or "not measured". */
    String firstOpenCpu() {
        Matcher m = CPU.matcher(output);
        return m.find() ? m.group(1) : "not measured";
    }

    private static long find(Pattern p, String out, int group) {
        Matcher m = p.matcher(out);
        return m.find() ? Long.parseLong(m.group(group)) : -1;
    }

    /** The median of the reads after the first {@value #WARM_UP} re-reads (a warmed-up app); -1 if none. */
    private static long warmMedian(String out) {
        Matcher m = REREAD.matcher(out);
        List<Long> reads = new ArrayList<>();
        while (m.find()) {
            reads.add(Long.parseLong(m.group(1)));
        }
        if (reads.size() <= WARM_UP) {
            return -1;
        }
        List<Long> warm = new ArrayList<>(reads.subList(WARM_UP, reads.size()));
        warm.sort(null);
        return warm.get(warm.size() / 2);
    }
}
