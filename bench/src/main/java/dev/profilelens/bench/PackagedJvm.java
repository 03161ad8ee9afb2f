package dev.profilelens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options the packages start ProfileLens with ({@code --java-options} of the jpackage arguments every
 * package shares), for benchmarks that measure what a user's {@code profilelens} process does.
 */
public final class PackagedJvm {
    private static final String PREFIX = "--java-options ";

    private PackagedJvm() {
    }

    /** The options, in order, read from {@code installer/src/jpackage/args-common.txt} under {@code root}. */
    public static List<String> options(Path root) throws IOException {
        Path args = root.resolve("installer/src/jpackage/args-common.txt");
        return Files.readAllLines(args, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> l.startsWith(PREFIX)).map(l -> l.substring(PREFIX.length()).strip()).toList();
    }
}
