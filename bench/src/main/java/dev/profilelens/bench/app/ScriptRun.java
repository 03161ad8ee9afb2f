package dev.profilelens.bench.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A start as a user makes it: {@code ./profilelens} itself (its staleness check, its class-data archive, the JVM's
 * creation) under Xvfb with {@code --smoke-test}, timed by the wall clock from the script's start to the line saying
 * the keys are shown. The app's own figures count from the JVM's recorded start time, which comes after the process
 * started and the JVM mapped (and, on this JDK, relocated) its class-data archives.
 */
final class ScriptRun {
    private ScriptRun() {
    }

    /** Drops the script's archive so that the next run writes it from a smoke test, as the other runs' archive is. */
    static void freshArchive(Path root) throws IOException {
        Files.deleteIfExists(root.resolve("app/target/profilelens-gui.jsa"));
    }

    /** Milliseconds from the script's start to the keys shown. */
    static long launch(Path root, Path home) throws IOException, InterruptedException {
        // the shell inside Xvfb prints the time just before it runs the script, so Xvfb's own start is not counted
        List<String> cmd = new ArrayList<>(AppRun.XVFB);
        cmd.addAll(List.of("bash", "-c", "date +%s%3N; exec ./profilelens --smoke-test"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true);
        pb.environment().put("PROFILELENS_HOME", home.toString());
        Process p = pb.start();
        long begun = -1;
        long usable = -1;
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (begun < 0 && line.matches("\\d{13}")) {
                    begun = Long.parseLong(line);
                } else if (usable < 0 && AppRun.USABLE.matcher(line).find()) {
                    usable = System.currentTimeMillis();
                }
                out.append(line).append('\n');
            }
        }
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0 || begun < 0 || usable < 0) {
            throw new IllegalStateException("./profilelens --smoke-test failed or printed no start figure:\n" + out);
        }
        return usable - begun;
    }
}
