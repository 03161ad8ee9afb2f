package dev.profilelens.connectors.sqlite.index;

import dev.profilelens.core.audit.index.AuditIndex;
import dev.profilelens.testsupport.audit.AuditIndexContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The local SQLite index passes the shared audit index contract. */
class SqliteAuditIndexContractTest extends AuditIndexContract {
    @TempDir
    Path dir;

    @Override
    protected AuditIndex newIndex(String name) {
        return SqliteAuditIndex.open(dir.resolve(name + ".db"));
    }

    @Override
    protected AuditIndex reopen(String name) {
        return SqliteAuditIndex.open(dir.resolve(name + ".db"));
    }
}
