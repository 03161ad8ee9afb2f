package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorCommandTest {
    @Test
    void startsOnLoopbackSaysHowToUseTheDevKeySeedsUniverseOneAndStops(@TempDir Path dir) {
        CliHarness r = CliHarness.run("emulator", "--port", "0", "--db", dir.toString(), "--seed-profiles", "12",
                "--duration", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(r.err()).contains("'dev-key' is accepted with every scope").contains("universe 1 seeded")
                .contains("emulator stopped");
        CliHarness keys = CliHarness.run("keys", "PlayerData", "--source", "sqlite:" + dir.resolve("universe-1.db"),
                "--limit", "100");
        assertThat(keys.exit()).as(keys.err()).isZero();
        assertThat(keys.out().lines().count()).isPositive();
    }

    @Test
    void badOptionsAreRefusedWithExit2() {
        assertThat(CliHarness.run("emulator", "--port", "70000", "--duration", "1").exit()).isEqualTo(2);
        assertThat(CliHarness.run("emulator", "--budget", "0", "--duration", "1").exit()).isEqualTo(2);
        assertThat(CliHarness.run("emulator", "--faults", "nonsense=2", "--duration", "1").exit()).isEqualTo(2);
    }
}
