package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.testsupport.store.ProfileSourceContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store passes the shared contract, on a real file. */
class SqliteProfileSourceContractTest extends ProfileSourceContract {
    @TempDir
    Path dir;

    @Override
    protected ProfileSource newSource() {
        return SqliteProfileSource.open(dir.resolve("contract.db"));
    }
}
