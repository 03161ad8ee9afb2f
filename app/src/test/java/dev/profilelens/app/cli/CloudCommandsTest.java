package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CLI points of issue #17 against the emulator over loopback. */
class CloudCommandsTest {
    @Test
    void keysSendsTheSameParametersWithEveryPageToken() {
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorOptions.defaults().withBudget(100_000))) {
            assertThat(emulator.seedIfEmpty("1", 600, 7)).isTrue();
            CliHarness r = CliHarness.run("keys", "PlayerData", "--source", "opencloud:1@" + emulator.baseUrl(),
                    "--limit", "250");
            assertThat(r.exit()).as(r.err()).isZero();
            List<String> keys = r.out().lines().toList();
            assertThat(keys).hasSize(250).doesNotHaveDuplicates().isSorted();
        }
    }

    @Test
    void sigtermRemovesTheTemporaryStateAndSaysSo(@TempDir Path dir) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.profilelens.app.Launcher", "emulator", "--port", "0", "--seed-profiles", "3")
                .redirectError(log.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        try {
            Pattern state = Pattern.compile("\\(state in (.+)\\)");
            Matcher m = await("the emulator names its state folder").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> state.matcher(Files.exists(log) ? Files.readString(log) : ""), Matcher::find);
            Path folder = Paths.get(m.group(1));
            assertThat(Files.isDirectory(folder)).isTrue();
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(log)).contains("emulator stopped");
            assertThat(Files.exists(folder)).as("temporary state folder removed").isFalse();
        } finally {
            p.destroyForcibly();
        }
    }
}
