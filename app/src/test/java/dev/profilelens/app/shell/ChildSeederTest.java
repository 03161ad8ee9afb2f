package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.app.env.TestEnvironments;
import dev.profilelens.core.store.SandboxProvisioner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start's seeding in a real child JVM: progress comes back, the sandbox is there; cancelled, it is not. */
class ChildSeederTest {
    @TempDir
    Path home;

    @Test
    void aChildJvmSeedsTheSandboxOfThisHomeAndRelaysProgress() throws Exception {
        SandboxProvisioner sandbox = TestEnvironments.in(home).providers().sandbox().orElseThrow();
        assertThat(sandbox.isReady()).isFalse();
        List<Integer> done = new CopyOnWriteArrayList<>();
        ChildSeeder.find(home).orElseThrow().create(60, 7, (d, total) -> {
            assertThat(total).isEqualTo(60);
            done.add(d);
        }, () -> false);
        assertThat(done).isNotEmpty().isSorted();
        assertThat(done.get(done.size() - 1)).isEqualTo(60);
        assertThat(sandbox.isReady()).as("seeded by the child, read here").isTrue();
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial"));
        }
    }

    @Test
    void cancelledTheChildStopsAndLeavesNoSandbox() {
        List<Integer> done = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> ChildSeeder.find(home).orElseThrow().create(5_000, 7, (d, total) -> done.add(d),
                () -> !done.isEmpty())).isInstanceOf(CancellationException.class);
        assertThat(done.get(done.size() - 1)).isLessThan(5_000);
        assertThat(TestEnvironments.in(home).providers().sandbox().orElseThrow().isReady()).isFalse();
    }
}
