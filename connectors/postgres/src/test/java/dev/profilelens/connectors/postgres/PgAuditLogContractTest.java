package dev.profilelens.connectors.postgres;

import dev.profilelens.core.audit.AuditEntry;
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

    @org.junit.jupiter.api.Test
    void theIntentsOfAWriteRoundTripWithTheirOldAndNewValues() throws Exception {
        AuditLog log = newLog();
        var coins = new dev.profilelens.core.audit.AuditChange("/Data/Coins", "+500",
                dev.profilelens.core.codec.RobloxJson.parse("5"), dev.profilelens.core.codec.RobloxJson.parse("505"));
        var tag = new dev.profilelens.core.audit.AuditChange("/MetaData/MetaTags/Fixed", "set true", null,
                dev.profilelens.core.codec.RobloxJson.parse("true"));
        AuditEntry e = entry(1000, "ana", "Player_1", "refund");
        log.record(new AuditEntry(e.time(), e.user(), e.connection(), e.store(), e.scope(), e.key(), e.versionBefore(),
                e.versionAfter(), e.action(), e.patch(), e.reason(), java.util.List.of(coins, tag)));
        org.assertj.core.api.Assertions.assertThat(reopen().query("Player_1", null, 1).get(0).changes())
                .containsExactly(coins, tag);
    }

    @AfterEach
    void closeAll() {
        open.forEach(TeamDatabase::close);
    }
}
