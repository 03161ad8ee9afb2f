package dev.profilelens.connectors.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.PendingWrite;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.team.TeamRole;
import dev.profilelens.core.team.TeamSettings;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Roles are enforced by the database's grants; bad settings fail with a message naming what is wrong. */
class TeamRolesAndErrorsTest {
    private static String schema;

    @BeforeAll
    static void schema() {
        schema = TestServer.freshSchema();
    }

    private static AuditEntry entry(String key) {
        return new AuditEntry(Instant.ofEpochMilli(1000), "os-user", "sandbox", "PlayerData", "global", key, "v1",
                "v2", "save", RobloxJson.parse("[]"), "test");
    }

    private static void sqlAs(String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestServer.url(), user, TestServer.password());
             Statement s = c.createStatement()) {
            c.setSchema(schema);
            s.execute(sql);
        }
    }

    @Test
    void eachLoginGetsItsRole() {
        for (String[] login : new String[][] {{"pl_admin", "ADMIN"}, {"pl_editor", "EDITOR"},
                {"pl_viewer", "VIEWER"}}) {
            try (TeamDatabase db = TeamDatabase.connect(TestServer.as(login[0], schema))) {
                assertThat(db.role()).as(login[0]).isEqualTo(TeamRole.valueOf(login[1]));
                assertThat(db.role().canWrite()).isEqualTo(!"VIEWER".equals(login[1]));
            }
        }
    }

    @Test
    void aViewerReadsTheLogButTheDatabaseRefusesItsWrites() throws Exception {
        try (TeamDatabase editor = TeamDatabase.connect(TestServer.as("pl_editor", schema));
             TeamDatabase viewer = TeamDatabase.connect(TestServer.as("pl_viewer", schema))) {
            editor.auditLog().record(entry("Viewed_1"));
            assertThat(viewer.auditLog().query("Viewed_1", null, 10)).hasSize(1);
            assertThatThrownBy(() -> viewer.auditLog().recordIntent(entry("Viewer_1")))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("cannot record writes")
                    .hasMessageContaining("nothing was written");
            assertThat(editor.auditLog().query("Viewer_1", null, 10)).isEmpty();
        }
        // not only through ProfileLens: the grants themselves
        assertThatThrownBy(() -> sqlAs("pl_viewer", "DELETE FROM audit_log")).hasMessageContaining("permission");
        assertThatThrownBy(() -> sqlAs("pl_editor", "DELETE FROM audit_log")).hasMessageContaining("permission");
        assertThatThrownBy(() -> sqlAs("pl_editor", "UPDATE audit_log SET reason = 'rewritten'"))
                .hasMessageContaining("permission");
        assertThatThrownBy(() -> sqlAs("pl_editor", "INSERT INTO connection_profile (name, universe, colour, "
                + "safety_level) VALUES ('x', '1', '#fff', 'strict')")).hasMessageContaining("permission");
        sqlAs("pl_admin", "INSERT INTO connection_profile (name, universe, colour, safety_level) "
                + "VALUES ('Production EU', '1234', '#d33', 'confirm-every-write')");
    }

    @Test
    void theServerRecordsWhoWroteAndOnlyTheAuthorFinishesAnEntryOnce() throws Exception {
        try (TeamDatabase a = TeamDatabase.connect(TestServer.as("pl_editor", schema));
             TeamDatabase b = TeamDatabase.connect(TestServer.as("pl_editor2", schema))) {
            PendingWrite p = a.auditLog().recordIntent(entry("Author_1"));
            assertThatThrownBy(() -> b.auditLog().recordOutcome(p, AuditStatus.DONE, "v9"))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("recorded by pl_editor");
            a.auditLog().recordOutcome(p, AuditStatus.DONE, "v2");
            assertThatThrownBy(() -> a.auditLog().recordOutcome(p, AuditStatus.FAILED, ""))
                    .hasMessageContaining("already has its outcome");
        }
        try (Connection c = DriverManager.getConnection(TestServer.url(), "pl_viewer", TestServer.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT db_user, status, version_after, finished_at IS NOT NULL FROM "
                     + schema + ".audit_log WHERE entry_key = 'Author_1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("pl_editor");
            assertThat(rs.getString(2)).isEqualTo("done");
            assertThat(rs.getString(3)).isEqualTo("v2");
            assertThat(rs.getBoolean(4)).isTrue();
        }
    }

    @Test
    void aWrongPasswordOrUnknownDatabaseIsNamed() {
        assertThatThrownBy(() -> TeamDatabase.connect(new TeamSettings(TestServer.url(), "pl_editor", "wrong",
                schema))).isInstanceOf(InvalidInputException.class).hasMessageContaining("refused the login");
        String otherDb = TestServer.url().replaceAll("/[^/]+$", "/no_such_database");
        assertThatThrownBy(() -> TeamDatabase.connect(new TeamSettings(otherDb, "pl_editor", TestServer.password(),
                schema))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TeamSettings("jdbc:mysql://x/y", "a", "b"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void anUnreachableServerIsReportedAsSuch() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/profilelens_test";
        assertThatThrownBy(() -> TeamDatabase.connect(new TeamSettings(url, "pl_editor", "x", schema)))
                .isInstanceOf(UnavailableException.class).hasMessageContaining("unreachable");
    }

    @Test
    void aLoginWithoutARoleIsRefused() {
        assertThatThrownBy(() -> TeamDatabase.connect(TestServer.as("pl_nobody", schema)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("no right");
    }

    @Test
    void aMissingOrNewerSchemaIsRefusedByEveryone() {
        assertThatThrownBy(() -> TeamDatabase.connect(TestServer.as("pl_editor", "no_such_schema")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no ProfileLens schema");
        String ahead = TestServer.freshSchema();
        TestServer.asOwner(ahead, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, "
                + "script, checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', "
                + "'SQL', 'V99__future.sql', 0, 'someone', 1, true)");
        assertThatThrownBy(() -> TeamDatabase.connect(TestServer.as("pl_editor", ahead)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("newer ProfileLens")
                .hasMessageContaining("schema version 99");
        assertThatThrownBy(() -> TeamSchema.migrate(TestServer.as(TestServer.OWNER, ahead)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("newer ProfileLens");
    }

    @Test
    void migratingAgainIsANoOp() {
        assertThat(TeamSchema.migrate(TestServer.as(TestServer.OWNER, schema))).isEqualTo(TeamSchema.VERSION);
    }
}
