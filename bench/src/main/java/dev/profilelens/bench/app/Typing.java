package dev.profilelens.bench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue #22: pauses of the FX thread while typing in the JSON editor on a 1 MB value. Each run is a fresh app
 * (JavaFX under Xvfb) opening the profile on a writable {@code --source} and typing through {@code --type-in-editor}
 * (real key events at a human pace, with pastes); the app prints the FX pulse gaps and key handling times.
 */
final class Typing {
    static final String HEADING = "## Typing in the editor on a 1 MB value";
    private static final Pattern LINE = Pattern.compile("smoke: (typed .*)");
    private static final Pattern MAX_GAP = Pattern.compile("FX pulse gaps median [\\d.]+ ms, p99 [\\d.]+ ms, max "
            + "([\\d.]+) ms");
    private static final Pattern OPEN = Pattern.compile("editor open with ([\\d,]+) characters");

    private Typing() {
    }

    /** Runs {@code runs} typing sessions; the Markdown section with their figures. */
    static String measure(Path jar, Path home, List<String> jvm, Path dir, int runs)
            throws IOException, InterruptedException {
        String loadBefore = load();
        Path db = dir.resolve("typing.db");
        int size = Main.writeBigProfile(db, "Typing", 1_048_000);
        List<String> lines = new ArrayList<>();
        double worst = 0;
        String chars = "?";
        for (int i = 0; i < runs; i++) {
            AppRun r = AppRun.launch(jar, home, jvm, "--source", "sqlite:" + db, "--open", "PlayerData/Typing",
                    "--type-in-editor", "200");
            Matcher m = LINE.matcher(r.output());
            Matcher g = MAX_GAP.matcher(r.output());
            Matcher o = OPEN.matcher(r.output());
            if (!m.find() || !g.find()) {
                throw new IllegalStateException("no typing figures in the app's output:\n" + r.output());
            }
            chars = o.find() ? o.group(1) : chars;
            lines.add("- run " + (i + 1) + ": " + m.group(1));
            worst = Math.max(worst, Double.parseDouble(g.group(1)));
            System.out.println("typing run " + (i + 1) + ": " + m.group(1));
        }
        return String.format("""
                %s

                A %,d-byte profile (%s characters of JSON in the editor), opened in a fresh app under Xvfb; 200 letters
                typed as key events (pressed, typed, released) into a string value mid-text, 8 a second with a pause
                after every 40 (so each edit is analysed and shown), and 1,000 letters pasted (Ctrl+V) after every 50.
                FX pulse gaps are the time between two frames (16 ms when idle); handling is the time each key event
                took on the FX thread. Target: no pause over 50 ms. Longest gap over %d runs: **%.0f ms**.
                Printed by `bench/run.sh app bench/results/app.md %d 0 typing` (load before the runs: %s).
                Before ADR 0240 one such run paused the FX thread up to 2,448 ms (p99 2,175 ms; load 5-7); before ADR
                0250 up to 97-162 ms (p99 47-71 ms; load 2.5): the analysis was quadratic in the inventory's size and
                typing past the editor's width repainted every visible line on each key; before ADR 0253 up to 72-98 ms
                (p99 20-27 ms): each young collection copied the newest analysis's 13 MB tree. Most gaps left over
                50 ms are a young pause of 16-41 ms and the frame around it, the longest soon after the editor opens,
                when the collector copies the document that opening made; some fall on no collection.

                %s
                """, HEADING, size, chars, runs, worst, runs, loadBefore, String.join("\n", lines));
    }

    private static String load() {
        try {
            String avg = Files.readString(Path.of("/proc/loadavg")).trim();
            return avg.substring(0, avg.indexOf(' ', avg.indexOf(' ', avg.indexOf(' ') + 1) + 1));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Replaces (or appends) the typing section of {@code file}. */
    static void replaceSection(Path file, String section) throws IOException {
        String text = Files.exists(file) ? Files.readString(file) : "";
        int at = text.indexOf(HEADING);
        String before = at < 0 ? text : text.substring(0, at);
        Files.writeString(file, (before.isEmpty() || before.endsWith("\n\n") ? before : before + "\n") + section);
    }
}
