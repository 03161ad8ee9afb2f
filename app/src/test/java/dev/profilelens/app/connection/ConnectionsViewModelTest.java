package dev.profilelens.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.task.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void connectionsAreSavedWithUniqueNamesAndTheSandboxStays() {
        ConnectionStore store = new ConnectionStore(dir.resolve("connections.json"));
        ConnectionsViewModel vm = new ConnectionsViewModel(store);
        assertThat(vm.connections()).containsExactly(Connection.SANDBOX);
        Connection prod = Connection.production("Live EU", "opencloud:123");
        vm.add(prod);
        vm.duplicate(vm.connections().get(1));
        vm.add(prod);
        assertThat(vm.connections()).extracting(Connection::name)
                .containsExactly("Sandbox", "Live EU", "Live EU copy", "Live EU (2)");
        assertThat(vm.connections().get(1).safety()).isEqualTo(SafetyLevel.READ_ONLY);
        assertThat(vm.connections().get(1).writable()).isFalse();
        assertThat(vm.remove(Connection.SANDBOX)).isFalse();
        assertThat(vm.remove(vm.connections().get(2))).isTrue();

        ConnectionsViewModel reloaded = new ConnectionsViewModel(store);
        assertThat(reloaded.connections()).extracting(Connection::name)
                .containsExactly("Sandbox", "Live EU", "Live EU (2)");
        assertThat(reloaded.connections().get(1).production()).isTrue();
        assertThat(reloaded.connections().get(1).colour()).isEqualTo("#c53030");
    }

    @Test
    void aConnectionForThisRunIsListedFirstButNeverSavedAndDuplicateSavesACopy() {
        ConnectionStore store = new ConnectionStore(dir.resolve("connections.json"));
        ConnectionsViewModel vm = new ConnectionsViewModel(store);
        Connection source = new Connection("sqlite:/tmp/game.db", "sqlite:/tmp/game.db", "#2f6fde",
                SafetyLevel.READ_ONLY, false);
        vm.addForThisRun(source);
        vm.addForThisRun(source);
        vm.add(Connection.production("Live EU", "opencloud:123"));
        assertThat(vm.connections()).extracting(Connection::name)
                .containsExactly("sqlite:/tmp/game.db", "Sandbox", "Live EU");
        assertThat(vm.isThisRunOnly(source)).isTrue();
        assertThat(vm.isThisRunOnly(vm.connections().get(2))).isFalse();
        assertThat(new ConnectionsViewModel(store).connections()).extracting(Connection::name)
                .containsExactly("Sandbox", "Live EU");

        vm.duplicate(source);
        Connection copy = vm.byName("sqlite:/tmp/game.db copy").orElseThrow();
        assertThat(vm.isThisRunOnly(copy)).isFalse();
        Connection renamed = source.named("Game file");
        vm.replace(source, renamed);
        assertThat(vm.isThisRunOnly(renamed)).isTrue();
        assertThat(new ConnectionsViewModel(store).connections()).extracting(Connection::name)
                .containsExactly("Sandbox", "Live EU", "sqlite:/tmp/game.db copy");
        assertThat(vm.remove(renamed)).isTrue();
        assertThat(vm.isThisRunOnly(renamed)).isFalse();
        assertThat(vm.connections()).extracting(Connection::name)
                .containsExactly("Sandbox", "Live EU", "sqlite:/tmp/game.db copy");
    }

    /** A team database in memory; {@code admin} false makes it refuse changes as the real one refuses editors. */
    private static final class MemoryTeam implements SharedConnections {
        final List<Connection> shared = new ArrayList<>();
        boolean admin = true;

        @Override
        public boolean joined() {
            return true;
        }

        @Override
        public List<Connection> load() {
            return List.copyOf(shared);
        }

        @Override
        public void share(Connection c) {
            check();
            shared.removeIf(x -> x.name().equals(c.name()));
            shared.add(c);
        }

        @Override
        public void unshare(String name) {
            check();
            shared.removeIf(x -> x.name().equals(name));
        }

        private void check() {
            if (!admin) {
                throw new IllegalStateException("only admins change team connections");
            }
        }
    }

    @Test
    void teamConnectionsAreListedAfterOwnOnesAndNeverSavedToThisPersonsFile() throws Exception {
        ConnectionStore store = new ConnectionStore(dir.resolve("connections.json"));
        MemoryTeam team = new MemoryTeam();
        team.shared.add(Connection.production("Live EU", "opencloud:123"));
        ConnectionsViewModel vm = new ConnectionsViewModel(store, team, new CurrentThreadTaskExecutor());
        vm.add(Connection.production("Live EU", "opencloud:999"));
        vm.refreshTeam();

        assertThat(vm.connections()).extracting(Connection::name)
                .containsExactly("Sandbox", "Live EU", "Live EU (team)");
        assertThat(vm.teamStatusProperty().get()).isEqualTo("1 team connection");
        Connection teams = vm.byName("Live EU (team)").orElseThrow();
        assertThat(vm.isTeam(teams)).isTrue();
        assertThat(vm.canShare(teams)).as("already the team's").isFalse();
        assertThat(vm.canShare(Connection.SANDBOX)).as("a sandbox is per machine").isFalse();
        assertThat(vm.canShare(vm.byName("Live EU").orElseThrow())).isTrue();

        vm.add(Connection.production("Staging", "opencloud:5@http://127.0.0.1:8719"));
        assertThat(vm.connections()).extracting(Connection::name)
                .containsExactly("Sandbox", "Live EU", "Staging", "Live EU (team)");
        assertThat(Files.readString(dir.resolve("connections.json"))).doesNotContain("opencloud:123");

        vm.share(vm.byName("Staging").orElseThrow());
        assertThat(team.shared).extracting(Connection::name).containsExactly("Live EU", "Staging");
        assertThat(vm.teamStatusProperty().get()).isEqualTo("2 team connections");

        team.admin = false;
        assertThat(vm.remove(teams)).isTrue();
        assertThat(vm.teamStatusProperty().get()).isEqualTo("Not removed: only admins change team connections");
        assertThat(vm.connections()).contains(teams);
    }
}
