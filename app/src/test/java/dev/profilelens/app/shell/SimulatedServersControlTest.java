package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.profilelens.app.env.TestEnvironments;
import dev.profilelens.app.task.CurrentThreadTaskExecutor;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.connectors.sqlite.seed.SandboxFiles;
import dev.profilelens.core.store.EntryRef;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the window's simulated servers start by themselves, that erased players are retired, and that closing twice (a
 * quit, then the hook) is fine.
 */
class SimulatedServersControlTest {
    @TempDir
    Path dir;

    @Test
    void theyStartOnlyOnceSettledWithTheSandboxOpenAndTheSettingOnAndCloseTwiceIsQuiet() {
        Path file = dir.resolve("sandbox.db");
        SandboxFiles.create(file, 60, 7, Instant.now(), (d, t) -> { }, () -> false);
        AtomicBoolean setting = new AtomicBoolean(false);
        SimulatedServersControl c = new SimulatedServersControl(TestEnvironments.in(dir).providers().sandbox(),
                new CurrentThreadTaskExecutor(), setting::get);
        c.sandboxOpened();
        assertThat(c.servers()).as("not settled yet").isEmpty();
        c.settled();
        assertThat(c.servers()).as("the setting is off").isEmpty();
        c.enabled(true);
        assertThat(c.servers()).as("turned on with the sandbox open").isPresent();
        assertThat(c.stateProperty().get()).contains(SimulatedServersControl.SERVERS + " simulated servers");
        int players = c.servers().orElseThrow().players();
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            c.retire(s.listKeys("PlayerData", EntryRef.DEFAULT_SCOPE, "", null, 1000).items());
        }
        assertThat(c.servers().orElseThrow().players()).as("erased players are no longer played")
                .isLessThan(players);
        c.enabled(false);
        assertThat(c.servers()).isEmpty();
        assertThat(c.stateProperty().get()).isEmpty();
        setting.set(true);
        c.settled();
        assertThat(c.servers()).as("settled again with the setting on").isPresent();
        c.close();
        assertThat(c.servers()).isEmpty();
        assertThatCode(c::close).doesNotThrowAnyException();
        // the start's timers may still call in after a quit: nothing starts, nothing is refused
        assertThatCode(() -> {
            c.settled();
            c.sandboxOpened();
            c.enabled(true);
            c.enabled(false);
        }).doesNotThrowAnyException();
        assertThat(c.servers()).isEmpty();
    }
}
