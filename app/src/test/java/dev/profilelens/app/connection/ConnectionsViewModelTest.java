package dev.profilelens.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
