package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.testsupport.store.Ds2WriteContract;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** DataStore2 writes (ADR 0180) against a real SQLite file: standard and ordered entries in the same file. */
class SqliteDs2WriteTest extends Ds2WriteContract {
    @TempDir
    Path dir;

    @Override
    protected ProfileSource newStandard() {
        return SqliteProfileSource.open(dir.resolve("ds2.db"));
    }

    @Override
    protected OrderedSource newOrdered() {
        return TestProviders.installed().openOrdered("sqlite:" + dir.resolve("ds2.db"), Map.of());
    }
}
