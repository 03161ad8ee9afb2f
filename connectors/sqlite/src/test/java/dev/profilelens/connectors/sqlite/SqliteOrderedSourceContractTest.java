package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.testsupport.store.OrderedSourceContract;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ordered store contract against a fresh SQLite file, opened through the ServiceLoader provider. */
class SqliteOrderedSourceContractTest extends OrderedSourceContract {
    @TempDir
    Path dir;

    @Override
    protected OrderedSource newSource() {
        return TestProviders.installed().openOrdered("sqlite:" + dir.resolve("ordered.db"), Map.of());
    }

    @Test
    void entriesSurviveReopeningAndReadOnlyRefusesWrites() {
        source.create(BOARD, "p1", 42);
        source.close();
        try (OrderedSource again = TestProviders.installed().openOrdered("sqlite:" + dir.resolve("ordered.db"),
                Map.of("readOnly",
                "true"))) {
            assertThat(again.get(BOARD, "p1")).contains(new OrderedEntry("p1", 42));
            assertThatThrownBy(() -> again.increment(BOARD, "p1", 1)).isInstanceOf(RefusedException.class);
            assertThat(again.get(BOARD, "p1").orElseThrow().value()).isEqualTo(42);
        }
        source = null;
    }

    @Test
    void sharesTheFileWithTheProfileSource() {
        try (SqliteProfileSource profiles = SqliteProfileSource.open(dir.resolve("ordered.db"))) {
            assertThat(profiles.listDataStores("", null, 10).items()).isEmpty();
        }
        source.create(BOARD, "p1", 1);
        assertThat(source.get(BOARD, "p1")).isPresent();
    }
}
