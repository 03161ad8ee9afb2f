package dev.profilelens.connectors.sqlite.audit;

import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.testsupport.audit.AuditLogContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The local SQLite audit log passes the shared audit log contract, on a real file. */
class SqliteAuditLogContractTest extends AuditLogContract {
    @TempDir
    Path dir;

    @Override
    protected AuditLog newLog() {
        return new SqliteAuditLog(dir.resolve("audit.db"));
    }

    @Override
    protected AuditLog reopen() {
        return new SqliteAuditLog(dir.resolve("audit.db"));
    }
}
