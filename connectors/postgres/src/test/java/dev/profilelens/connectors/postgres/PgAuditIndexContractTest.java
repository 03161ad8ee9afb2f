package dev.profilelens.connectors.postgres;

import dev.profilelens.core.audit.index.AuditIndex;
import dev.profilelens.testsupport.audit.AuditIndexContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared index passes the same contract as the local SQLite index, on a real PostgreSQL server. */
class PgAuditIndexContractTest extends AuditIndexContract {
    private static TeamDatabase db;

    @BeforeAll
    static void connect() {
        db = TeamDatabase.connect(TestServer.as("pl_editor", TestServer.freshSchema()));
    }

    @AfterAll
    static void disconnect() {
        // null when connect() failed: that failure is the one to report
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected AuditIndex newIndex(String name) {
        return PgAuditIndex.open(db, name);
    }

    @Override
    protected AuditIndex reopen(String name) {
        return PgAuditIndex.open(db, name);
    }
}
