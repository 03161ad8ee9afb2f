package dev.profilelens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM options the packages start ProfileLens with, for benchmarks that measure what a user's {@code profilelens}
 * process does: the {@code --java-options} of the jpackage arguments every package shares, then, on Linux, those of
 * the Linux packages and the options their runtime image adds itself ({@code --add-options=} in
 * {@code --jlink-options}).
 */
public final class PackagedJvm {
    private static final String JAVA = "--java-options ";
    private static final String JLINK = "--jlink-options ";
    private static final String ADDED = "--add-options=";

    private PackagedJvm() {
    }

    /** The options, in order, read from {@code installer/src/jpackage/} under {@code root}. */
    public static List<String> options(Path root) throws IOException {
        Path dir = root.resolve("installer/src/jpackage");
        List<String> options = new ArrayList<>(read(dir.resolve("args-common.txt")));
        if (System.getProperty("os.name", "").startsWith("Linux")) {
            options.addAll(read(dir.resolve("args-linux.txt")));
        }
        return options;
    }

    private static List<String> read(Path args) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(args, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.startsWith(JAVA)) {
                options.add(l.substring(JAVA.length()).strip());
            } else if (l.startsWith(JLINK)) {
                Arrays.stream(l.substring(JLINK.length()).replace("\"", "").split("\\s+"))
                        .filter(o -> o.startsWith(ADDED)).map(o -> o.substring(ADDED.length())).forEach(options::add);
            }
        }
        return options;
    }
}
