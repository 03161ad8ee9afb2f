package dev.profilelens.bench.app;

import dev.profilelens.bench.PackagedJvm;
import dev.profilelens.bench.store.BigStore;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Issue #7 figures from the real app (JavaFX under Xvfb, one fresh JVM per run, as a user starts it):
 * cold start to a usable window on an existing sandbox, resident memory, a 4 MB profile opened and every pane
 * painted, paging through a 1,000,000-key store while measuring the longest FX-thread pause,
 * and typing into the JSON editor on a 1 MB value ({@link Typing}).
 * Usage: {@code bench/run.sh app [OUTPUT.md] [RUNS] [KEYS] [typing]} from the project root after building app
 * ({@code typing}: only the typing runs, whose section of OUTPUT.md is replaced).
 */
public final class Main {
    /** How long after the key is listed the "settled" runs open it (the warm-ups have ended by then). */
    private static final String SETTLED_MS = "2000";
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int keys = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        Path root = Path.of("").toAbsolutePath();
        Path jar = root.resolve("app/target/profilelens-app.jar");
        Path dir = Files.createTempDirectory("pl-bench-app");
        Path home = Files.createDirectories(dir.resolve("home"));
        List<String> plain = PackagedJvm.options(root); // as the packages start the app
        String jsa = dir.resolve("gui.jsa").toString();
        List<String> cds = with(plain, "-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        if (args.length > 3 && args[3].equals("typing")) {
            // as ./profilelens starts the app, and as the full run types: with the archive a first GUI run writes
            AppRun.launch(jar, home, with(plain, "-XX:ArchiveClassesAtExit=" + jsa));
            String typing = Typing.measure(jar, home, cds, dir, runs);
            System.out.print(typing);
            if (args.length > 0) {
                Typing.replaceSection(Path.of(args[0]), typing);
            }
            return;
        }
        AppRun first = AppRun.launch(jar, home, with(plain, "-XX:ArchiveClassesAtExit=" + jsa));
        System.out.println("first start (seeds the sandbox): usable after " + first.usableMs() + " ms");
        // as a user starts it: the script, its own archive (written by a first, untimed GUI run) and the JVM's creation
        ScriptRun.freshArchive(root);
        ScriptRun.launch(root, home);
        List<AppRun> cold = new ArrayList<>();
        List<AppRun> coldCds = new ArrayList<>();
        List<AppRun> settled = new ArrayList<>();
        List<Long> script = new ArrayList<>();
        // one of each kind per round, so that the machine's speed, which drifts over minutes, weighs on every row alike
        for (int i = 0; i < runs; i++) {
            cold.add(AppRun.launch(jar, home, plain));
            script.add(ScriptRun.launch(root, home));
            coldCds.add(AppRun.launch(jar, home, cds));
            settled.add(AppRun.launch(jar, home, cds, "--open-delay", SETTLED_MS));
            System.out.println("cold start " + (i + 1) + ": usable " + cold.get(i).usableMs() + " ms (with CDS "
                    + coldCds.get(i).usableMs() + " ms; through ./profilelens " + script.get(i) + " ms after the "
                    + "script started), rss " + cold.get(i).rssMb() + " MB; first profile opened at once "
                    + coldCds.get(i).paintMs() + " ms, " + SETTLED_MS + " ms after it was listed "
                    + settled.get(i).paintMs() + " ms, rss then " + settled.get(i).rssMb() + " MB");
        }
        Path bigProfile = dir.resolve("big-profile.db");
        int size = writeBigProfile(bigProfile);
        List<AppRun> open = new ArrayList<>();
        List<AppRun> openSettled = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            open.add(AppRun.launch(jar, home, cds, "--source", "sqlite:" + bigProfile, "--open", "PlayerData/Big",
                    "--reopen", String.valueOf(AppRun.WARM_UP + 5)));
            openSettled.add(AppRun.launch(jar, home, cds, "--source", "sqlite:" + bigProfile, "--open",
                    "PlayerData/Big", "--open-delay", SETTLED_MS));
            System.out.println("4 MB open " + (i + 1) + ": " + open.get(i).paintMs() + " ms, read again (warm) "
                    + open.get(i).rereadMs() + " ms; opened " + SETTLED_MS + " ms after it was listed "
                    + openSettled.get(i).paintMs() + " ms");
        }
        Path big = dir.resolve("big.db");
        try (SqliteProfileSource store = SqliteProfileSource.open(big)) {
            BigStore.fill(store, keys);
        }
        AppRun browse = AppRun.launch(jar, home, cds, "--source", "sqlite:" + big, "--browse-pages", "50");
        System.out.println(browse.output());
        String text = report(runs, keys, size, first, cold, coldCds, open, browse, script)
                + settledReport(size, coldCds, settled, open, openSettled)
                + "\n" + Typing.measure(jar, home, cds, dir, runs);
        System.out.print(text);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), text);
        }
    }

    /** A ProfileService profile whose stored JSON is just under 4,194,304 bytes: a large inventory. */
    private static int writeBigProfile(Path file) throws IOException {
        return writeBigProfile(file, "Big", 4_190_000);
    }

    /** A ProfileService profile {@code key} whose stored JSON is just under {@code limit} bytes. */
    static int writeBigProfile(Path file, String key, int limit) throws IOException {
        StringBuilder items = new StringBuilder();
        int n = 0;
        String tail = "]},\"MetaData\":{\"ProfileCreateTime\":1699990000,\"SessionLoadCount\":3,\"MetaTags\":"
                + "{\"DataVersion\":3},\"LastUpdate\":1700003000},\"RobloxMetaData\":[],\"UserIds\":[1],"
                + "\"GlobalUpdates\":[0,[]],\"WasCorrupted\":false}";
        String head = "{\"Data\":{\"Coins\":1,\"Inventory\":[";
        while (true) {
            String item = (n == 0 ? "" : ",") + "{\"Id\":\"" + String.format("%08d-0000-4000-8000-%012d", n, n)
                    + "\",\"Item\":\"Crystal Blade\",\"Level\":" + (n % 50) + ",\"Stats\":{\"Atk\":" + (n % 97)
                    + ",\"Def\":" + (n % 89) + "}}";
            if (head.length() + items.length() + item.length() + tail.length() > limit) {
                break;
            }
            items.append(item);
            n++;
        }
        byte[] value = (head + items + tail).getBytes(StandardCharsets.UTF_8);
        try (SqliteProfileSource store = SqliteProfileSource.open(file)) {
            store.write(new WriteRequest(EntryRef.of("PlayerData", key), value, List.of(1L), "{}",
                    Precondition.none()));
        }
        return value.length;
    }

    private static String report(int runs, int keys, int size, AppRun first, List<AppRun> cold,
                                 List<AppRun> coldCds, List<AppRun> open, AppRun browse, List<Long> script) {
        long[] wall = script.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("""
                # App (issue #7)

                Real app jar, a fresh JVM per run, JavaFX under Xvfb (software rendering), %d runs each; median and
                worst; JVM options as packaged (`-Xmx1g -Xms48m -XX:TieredStopAtLevel=1 -XX:MinHeapFreeRatio=10
                -XX:MaxHeapFreeRatio=40 -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=85
                -XX:MaxGCPauseMillis=25 -XX:+ExplicitGCInvokesConcurrent`: a small initial heap keeps the young
                generation, and so the memory touched before the first collection, small; C1 only, ADR 0082; the heap
                given back after a cycle, ADR 0264; marking started late, short young pauses and one cycle after the
                start's warm-ups, ADR 0265; on Linux also `-XX:CompilerThreadPriority=8`, and the runtime's own
                `-XX:ThreadPriorityPolicy=1`: the JIT's threads at nice 8, ADR 0281).
                Measured by `--smoke-test` inside the app
                (JVM start time to the event unless a row says otherwise; the keys are shown once the frame that drew
                them is rendered, and a profile is painted when every tab has been rendered with `Node.snapshot`) and
                printed by `bench/run.sh app bench/results/app.md %d %d`.%s

                | figure | median | worst | target |
                |---|---|---|---|
                | cold start to a usable window (keys shown) on an existing sandbox, wall clock from running \
                `./profilelens` (its checks, the class-data archive its first GUI run writes, the JVM's creation) \
                | %d ms | %d ms | <= 1500 ms (#22) |
                | same, from the JVM's recorded start time (the JVM options of `./profilelens`; the archive is \
                written by the first start, which seeds the sandbox) | %d ms | %d ms | |
                | same, plain `java -jar` without an archive (not a launch path users take; for comparison) \
                | %d ms | %d ms | |
                | resident memory with the sandbox open and a profile shown | %d MB | %d MB | <= 300 MB |
                | open a %,d-byte profile until all panes are painted (first open in a fresh JVM) \
                | %d ms | %d ms | <= 500 ms |
                | same profile read again and shown in every pane, painted, warmed-up app (median of reads 5-9; \
                the tabs, Data tree and Raw view are kept, ADR 0259) | %d ms | %d ms | <= 300 ms (#22) |

                First start (creates and seeds the 5,000-profile sandbox): usable after %d ms.

                Browsing a %,d-key store: paged through %,d keys (scrolling to the end of the list, 200 keys a page,
                never the whole store) with the longest pause of the FX thread %d ms after the first two pages (a
                frame is 16 ms); the first scrolls in the fresh JVM (class loading, compiling) paused it %d ms.
                """, runs, runs, keys, asRoot(), wall[wall.length / 2], wall[wall.length - 1],
                median(coldCds, AppRun::usableMs), worst(coldCds, AppRun::usableMs),
                median(cold, AppRun::usableMs), worst(cold, AppRun::usableMs),
                median(cold, AppRun::rssMb), worst(cold, AppRun::rssMb), size, median(open, AppRun::paintMs),
                worst(open, AppRun::paintMs), median(open, AppRun::rereadMs), worst(open, AppRun::rereadMs),
                first.usableMs(), keys, browse.browseKeys(), browse.browsePauseMs(),
                browse.firstScrollPauseMs());
    }

    /** A warning for runs as root, where the JVM also raises its GC and VM threads (ADR 0281); users are not root. */
    private static String asRoot() {
        return !"root".equals(System.getProperty("user.name")) ? "" : "\n" + """

                **Run as root**: with `-XX:ThreadPriorityPolicy=1` the JVM then also raises its GC and VM threads
                (nice -4), which it cannot for a user (ADR 0281), so the start figures are better than a user's.""";
    }

    /** The first opens at once and after the start settled (ADR 0263), and resident memory then. */
    private static String settledReport(int size, List<AppRun> coldCds, List<AppRun> settled, List<AppRun> open,
                                        List<AppRun> openSettled) {
        return String.format("""

                Opened after the start settled: the smoke test opens the key %s ms after its row is shown
                (`--open-delay`), as a user finding it would, by when the warm-ups (ADR 0262, 0263) have ended; above,
                it opens the key as soon as its row is shown (ADR 0272), while they run (they stop when a profile is
                open).

                | figure | median | worst | target |
                |---|---|---|---|
                | open the %,d-byte profile %s ms after its row is shown, all panes painted | %d ms | %d ms \
                | <= 500 ms |
                | the sandbox's first profile opened as soon as its row is shown (ADR 0272), all panes painted \
                | %d ms | %d ms | |
                | the same profile opened %s ms after its row is shown | %d ms | %d ms | |
                | resident memory then (sandbox open, that profile shown) | %d MB | %d MB | <= 300 MB |
                """, SETTLED_MS, size, SETTLED_MS, median(openSettled, AppRun::paintMs),
                worst(openSettled, AppRun::paintMs), median(coldCds, AppRun::paintMs), worst(coldCds, AppRun::paintMs),
                SETTLED_MS, median(settled, AppRun::paintMs), worst(settled, AppRun::paintMs),
                median(settled, AppRun::rssMb), worst(settled, AppRun::rssMb))
                + "- first opens of the 4 MB profile, at once: " + all(open, AppRun::paintMs) + " ms; settled: "
                + all(openSettled, AppRun::paintMs) + " ms\n"
                + "- CPU those first opens used, by thread kind (ADR 0265; two cores give 2 ms of CPU per ms):\n"
                + cpu("at once", open) + cpu("settled", openSettled);
    }

    private static String cpu(String label, List<AppRun> runs) {
        StringBuilder b = new StringBuilder();
        for (AppRun r : runs) {
            b.append("  - ").append(label).append(", ").append(r.paintMs()).append(" ms: ").append(r.firstOpenCpu())
                    .append('\n');
        }
        return b.toString();
    }

    private static String all(List<AppRun> runs, ToLongFunction<AppRun> f) {
        return String.join(" / ", runs.stream().map(r -> String.valueOf(f.applyAsLong(r))).toList());
    }

    /** The packaged JVM options followed by {@code more}. */
    private static List<String> with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    private static long median(List<AppRun> runs, ToLongFunction<AppRun> f) {
        long[] v = runs.stream().mapToLong(f).sorted().toArray();
        return v[v.length / 2];
    }

    private static long worst(List<AppRun> runs, ToLongFunction<AppRun> f) {
        return Arrays.stream(runs.stream().mapToLong(f).toArray()).max().orElse(-1);
    }
}
