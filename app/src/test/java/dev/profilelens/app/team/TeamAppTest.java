package dev.profilelens.app.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import dev.profilelens.app.auditlog.AuditLogViewModel;
import dev.profilelens.app.browser.RecordingDialogs;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.connection.ConnectionStore;
import dev.profilelens.app.connection.ConnectionsViewModel;
import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.app.editor.Saver;
import dev.profilelens.app.env.Environment;
import dev.profilelens.app.env.TestEnvironments;
import dev.profilelens.app.metaaudit.MetaAuditViewModel;
import dev.profilelens.app.task.CurrentThreadTaskExecutor;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.PendingWrite;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.team.TeamSession;
import dev.profilelens.core.team.TeamSettings;
import dev.profilelens.testsupport.store.TestProviders;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app on a team database (the real server .ci/postgres.sh starts): Settings → Team checks before saving, the
 * audit log window follows a teammate's writes live with their name, a viewer's and an offline save are refused
 * before anything is written.
 */
class TeamAppTest {
    @TempDir
    Path tmp;
    private String url;
    private String password;
    private String schema;
    private Environment env;

    @BeforeEach
    void setUp() {
        url = System.getenv("PROFILELENS_TEST_PG_URL");
        password = System.getenv("PROFILELENS_TEAM_PASSWORD");
        if (url == null || url.isBlank()) {
            String why = "PROFILELENS_TEST_PG_URL is not set: eval \"$(bash .ci/postgres.sh)\"";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        env = TestEnvironments.in(tmp.resolve("home"));
        schema = "app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TestProviders.installed().team().orElseThrow().setUp(new TeamSettings(url, "profilelens_owner", password,
                schema));
    }

    @Test
    void settingsAreSavedOnlyAfterTheLoginWorksAndTheFieldsKeepAWrongPassword() throws Exception {
        RecordingDialogs dialogs = new RecordingDialogs();
        int[] resets = {0};
        TeamSettingsViewModel model = new TeamSettingsViewModel(env.team(), new CurrentThreadTaskExecutor(), dialogs,
                () -> resets[0]++);
        model.urlProperty().set(url);
        model.userProperty().set("pl_editor");
        model.displayNameProperty().set("Ana");
        model.schemaProperty().set(schema);
        model.passwordProperty().set("not-the-password");
        model.save();
        assertThat(dialogs.errors).singleElement().asString().contains("refused the login");
        assertThat(Files.exists(env.team().file())).isFalse();
        assertThat(model.passwordProperty().get()).isEqualTo("not-the-password");
        assertThat(resets[0]).isZero();

        model.passwordProperty().set(password);
        model.save();
        assertThat(model.statusProperty().get()).as(dialogs.errors.toString())
                .startsWith("Connected as pl_editor (editor)");
        TeamConfig saved = env.team().config().orElseThrow();
        assertThat(saved.url()).isEqualTo(url);
        assertThat(saved.displayName()).isEqualTo("Ana");
        assertThat(Files.readString(env.team().file())).doesNotContain(password);
        assertThat(resets[0]).isEqualTo(1);

        model.leave();
        assertThat(env.team().config()).isEmpty();
    }

    @Test
    void anAdminSharesAConnectionATeammateSeesItAndCannotChangeIt() throws Exception {
        CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();
        ConnectionsViewModel ada = new ConnectionsViewModel(new ConnectionStore(tmp.resolve("ada.json")),
                new TeamConnections(env.team(new TeamConfig(url, "pl_admin", "Ada", schema))), now);
        ada.add(Connection.production("Live game", "opencloud:4242"));
        ada.share(ada.byName("Live game").orElseThrow());
        assertThat(ada.teamStatusProperty().get()).isEqualTo("1 team connection");

        ConnectionsViewModel ana = new ConnectionsViewModel(new ConnectionStore(tmp.resolve("ana.json")),
                new TeamConnections(env.team(new TeamConfig(url, "pl_editor", "Ana", schema))), now);
        ana.refreshTeam();
        Connection shared = ana.byName("Live game").orElseThrow();
        assertThat(ana.isTeam(shared)).isTrue();
        assertThat(shared.spec()).isEqualTo("opencloud:4242");
        assertThat(shared.production()).isTrue();
        assertThat(shared.safety()).isEqualTo(SafetyLevel.READ_ONLY);

        assertThat(ana.remove(shared)).isTrue();
        assertThat(ana.teamStatusProperty().get()).startsWith("Not removed:");
        ana.refreshTeam();
        assertThat(ana.byName("Live game")).as("the database refused an editor").isPresent();
        ana.add(Connection.production("Mine", "opencloud:7"));
        assertThat(Files.readString(tmp.resolve("ana.json"))).contains("Mine").doesNotContain("4242");
    }

    @Test
    void theAuditLogWindowShowsATeammatesWriteLiveWithTheirName() throws Exception {
        env.team().save(new TeamConfig(url, "pl_viewer", "Val", schema));
        RecordingDialogs dialogs = new RecordingDialogs();
        try (Saver saver = new Saver(env.auditLogs()::forReading, env.clock(), env.user());
             TeamSession ana = TestProviders.installed().team().orElseThrow().connect(new TeamSettings(url, "pl_editor",
                     password, schema))) {
            AuditLogViewModel model = new AuditLogViewModel(saver, new CurrentThreadTaskExecutor(), dialogs,
                    name -> Optional.empty());
            model.load();
            model.startLive();
            assertThat(model.entries()).isEmpty();
            long deadline = System.nanoTime() + 60_000_000_000L;
            int attempt = 0;
            while (model.entries().isEmpty()) {
                // the listener connects in the background: write until the window has heard one
                PendingWrite p = ana.auditLog().recordIntent(new AuditEntry(Instant.now(), "ana", "Production",
                        "PlayerData", "global", "Player_X", "v1", "", "save", RobloxJson.parse("[{\"op\":\"replace\","
                        + "\"path\":\"/Data/Coins\",\"value\":1000000}]"), "compensation " + attempt++,
                        AuditStatus.UNCONFIRMED, "Ana", "1234", ""));
                ana.auditLog().recordOutcome(p, AuditStatus.DONE, "v2");
                try {
                    await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50))
                            .until(() -> !model.entries().isEmpty());
                } catch (ConditionTimeoutException notYet) {
                    // not heard yet: the listener may still be connecting; write again
                }
                assertThat(System.nanoTime()).as("heard within a minute").isLessThan(deadline);
            }
            AuditEntry seen = model.entries().get(0);
            assertThat(seen.displayName()).isEqualTo("Ana");
            assertThat(seen.key()).isEqualTo("Player_X");
            model.stopLive();
            assertThat(dialogs.errors).isEmpty();
        }
    }

    @Test
    void aScanGoesToTheSharedIndexWhereAViewerReadsItWithoutScanning() {
        InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());
        dev.profilelens.testsupport.audit.IndexFixture.seed(source, "PlayerData", 300, 3);
        Connection c = new Connection("Production", "memory:shared", "#888", SafetyLevel.FREE, false);
        env.team().save(new TeamConfig(url, "pl_editor", "Ana", schema));
        RecordingDialogs anaDialogs = new RecordingDialogs();
        try (ConnectionSession session = new ConnectionSession(TestProviders.installed(), c, source);
             MetaAuditViewModel ana = new MetaAuditViewModel(session, new CurrentThreadTaskExecutor(), anaDialogs, tmp,
                     Runnable::run, env.team(), env.clock())) {
            ana.scan("PlayerData", "Player_", List.of());
            assertThat(anaDialogs.errors).isEmpty();
            assertThat(ana.rows()).isNotEmpty();
        }
        env.team().save(new TeamConfig(url, "pl_viewer", "Val", schema));
        RecordingDialogs valDialogs = new RecordingDialogs();
        Path empty = tmp.resolve("val-data");
        try (ConnectionSession session = new ConnectionSession(TestProviders.installed(), c, source);
             MetaAuditViewModel val = new MetaAuditViewModel(session, new CurrentThreadTaskExecutor(), valDialogs,
                     empty, Runnable::run, env.team(), env.clock())) {
            val.scan("PlayerData", "Player_", List.of());
            assertThat(valDialogs.errors).singleElement().asString().contains("no right");
            assertThat(val.rows()).as("the viewer sees Ana's scan").isNotEmpty();
        }
        assertThat(Files.exists(empty)).as("nothing indexed locally").isFalse();
    }

    @Test
    void aViewerCannotSaveAndAnOfflineTeamLogRefusesBeforeWriting() throws Exception {
        ConnectionSession session = new ConnectionSession(TestProviders.installed(), new Connection("Sandbox",
                "memory:x", "#888",
                SafetyLevel.FREE, false), new InMemoryProfileSource(Clock.systemUTC()));
        env.team().save(new TeamConfig(url, "pl_viewer", "Val", schema));
        try (Saver saver = new Saver(env.auditLogs()::forReading, env.clock(), env.user())) {
            assertThatThrownBy(() -> saver.pipeline(session)).isInstanceOf(RefusedException.class)
                    .hasMessageContaining("read-only").hasMessageContaining("nothing was written");
            assertThat(saver.auditLog().query(null, null, 10)).isEmpty();
        }
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        env.team().save(new TeamConfig("jdbc:postgresql://127.0.0.1:" + closed + "/x", "pl_editor", "Ana", schema));
        try (Saver saver = new Saver(env.auditLogs()::forReading, env.clock(), env.user())) {
            assertThatThrownBy(() -> saver.pipeline(session)).isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("The team log is unreachable; nothing was written");
        }
        env.team().save(new TeamConfig(url, "pl_editor", "Ana", schema));
        try (Saver saver = new Saver(env.auditLogs()::forReading, env.clock(), env.user())) {
            assertThat(saver.pipeline(session)).isNotNull();
        }
        session.close();
    }
}
