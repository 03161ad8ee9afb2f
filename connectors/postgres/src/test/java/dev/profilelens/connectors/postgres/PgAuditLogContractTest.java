package dev.profilelens.connectors.postgres;

import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.testsupport.audit.AuditLogContract;
import org.junit.jupiter.api.AfterEach;

/** The team audit log passes the same contract as the local SQLite log, on a real PostgreSQL server. */
class PgAuditLogContractTest extends AuditLogContract {
    private String schema = "";
    private final java.util.List<TeamDatabase> open = new java.util.ArrayList<>();

    @Override
    protected AuditLog newLog() {
        schema = TestServer.freshSchema();
        return reopen();
    }

    @Override
    protected AuditLog reopen() {
        TeamDatabase db = TeamDatabase.connect(TestServer.as("pl_editor", schema));
        open.add(db);
        return db.auditLog();
    }

    @AfterEach
    void closeAll() {
        open.forEach(TeamDatabase::close);
    }
}
