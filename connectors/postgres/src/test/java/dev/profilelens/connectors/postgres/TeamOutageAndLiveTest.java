package dev.profilelens.connectors.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.PendingWrite;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.team.TeamSettings;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The team database goes away and comes back (a relay in front of the real server is stopped and restarted): writes
 * are refused with the outage message meanwhile, work again without reconnecting by hand, and a teammate's
 * listener hears about writes (LISTEN/NOTIFY) before and after.
 */
class TeamOutageAndLiveTest {
    private static String schema;

    @BeforeAll
    static void schema() {
        schema = TestServer.freshSchema();
    }

    private static AuditEntry entry(String key) {
        return new AuditEntry(Instant.now(), "ana", "sandbox", "PlayerData", "global", key, "v1", "v2", "save",
                RobloxJson.parse("[]"), "live test").withTeam("Ana", "", "");
    }

    private static int serverPort() {
        return URI.create(TestServer.url().substring("jdbc:".length())).getPort();
    }

    @Test
    void writesAreRefusedWhileTheDatabaseIsAwayAndWorkAgainWhenItReturns() throws Exception {
        try (TcpProxy proxy = new TcpProxy(serverPort())) {
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/"
                    + TestServer.url().replaceAll("^.*/", "");
            try (TeamDatabase db = TeamDatabase.connect(new TeamSettings(url, "pl_editor", TestServer.password(),
                    schema))) {
                PendingWrite before = db.auditLog().recordIntent(entry("Outage_1"));
                db.auditLog().recordOutcome(before, AuditStatus.DONE, "v2");

                proxy.stop();
                assertThatThrownBy(() -> db.auditLog().recordIntent(entry("Outage_2")))
                        .isInstanceOf(UnavailableException.class)
                        .hasMessageContaining("The team log is unreachable; nothing was written");

                proxy.start();
                PendingWrite after = retryUntilBack(db);
                db.auditLog().recordOutcome(after, AuditStatus.DONE, "v3");
                assertThat(db.auditLog().query("Outage_2", null, 10)).as("the refused write left nothing").isEmpty();
                for (String key : new String[] {"Outage_1", "Outage_3"}) {
                    assertThat(db.auditLog().query(key, null, 10)).singleElement()
                            .extracting(AuditEntry::status).isEqualTo(AuditStatus.DONE);
                }
            }
        }
    }

    /** The pool reconnects by itself; the first call after the return may still meet a dropped connection. */
    private static PendingWrite retryUntilBack(TeamDatabase db) {
        return await("the team log back").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .ignoreException(UnavailableException.class)
                .until(() -> db.auditLog().recordIntent(entry("Outage_3")), w -> true);
    }

    @Test
    void aTeammatesWriteIsHeardWithItsAuthorAndAfterAnOutage() throws Exception {
        try (TcpProxy proxy = new TcpProxy(serverPort())) {
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/"
                    + TestServer.url().replaceAll("^.*/", "");
            Semaphore heard = new Semaphore(0);
            try (TeamDatabase viewer = TeamDatabase.connect(new TeamSettings(url, "pl_viewer",
                    TestServer.password(), schema));
                 TeamDatabase editor = TeamDatabase.connect(TestServer.as("pl_editor", schema));
                 AutoCloseable sub = viewer.auditLog().subscribe(heard::release)) {
                // the listener connects on its own thread: write until it hears one
                assertThat(writeUntilHeard(editor, heard, "Live_1")).isTrue();
                AuditEntry seen = viewer.auditLog().query(null, null, 1).get(0);
                assertThat(seen.displayName()).isEqualTo("Ana");
                assertThat(seen.user()).isEqualTo("ana");

                proxy.stop();
                heard.drainPermits();
                proxy.start();
                assertThat(writeUntilHeard(editor, heard, "Live_2")).as("heard again after the outage").isTrue();
            }
        }
    }

    private static boolean writeUntilHeard(TeamDatabase editor, Semaphore heard, String key) throws Exception {
        for (int i = 0; i < 60; i++) {
            editor.auditLog().record(entry(key));
            if (heard.tryAcquire(1, TimeUnit.SECONDS)) {
                return true;
            }
        }
        return false;
    }
}
