package dev.profilelens.app.metaaudit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.browser.RecordingDialogs;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.app.env.TestEnvironments;
import dev.profilelens.app.task.CurrentThreadTaskExecutor;
import dev.profilelens.connectors.sqlite.SqliteOrderedSource;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MetaTag audit window's model scans DataStore2 players ({@code ds2:MASTER}) like {@code profilelens audit}. */
class MetaAuditDs2Test {
    @TempDir
    Path tmp;

    @Test
    void aDataStore2MasterIsScannedByEachPlayersLatestValue() throws Exception {
        Path file = tmp.resolve("ds2.db");
        try (SqliteProfileSource s = SqliteProfileSource.open(file);
             SqliteOrderedSource o = new SqliteOrderedSource(file, false)) {
            for (long player : new long[] {111, 222}) {
                for (int n = 1; n <= 3; n++) {
                    s.write(new WriteRequest(new EntryRef("DATA/" + player, "global", Integer.toString(n)),
                            ("{\"coins\":" + (player + n) + "}").getBytes(StandardCharsets.UTF_8), List.of(player),
                            "{}", Precondition.none()));
                    o.create(OrderedStoreRef.of("DATA/" + player), Integer.toString(n), n);
                }
            }
            // player 111 was moved by Roblox's migration module: its Standard location holds the newest value
            s.write(new WriteRequest(new EntryRef("DATA", "global", "111"), "{\"coins\":5000}"
                    .getBytes(StandardCharsets.UTF_8), List.of(111L), "{}", Precondition.none()));
        }
        RecordingDialogs dialogs = new RecordingDialogs();
        try (ConnectionSession session = new ConnectionSession(TestProviders.installed(), new Connection("Local",
                "sqlite:" + file, "#888888",
                SafetyLevel.READ_ONLY, false), Map.of());
             MetaAuditViewModel model = new MetaAuditViewModel(session, new CurrentThreadTaskExecutor(), dialogs,
                     tmp.resolve("data"), Runnable::run, TestEnvironments.temporary().team(),
                             java.time.Clock.systemUTC())) {
            model.scan("ds2:DATA", "", List.of("/coins"));
            assertThat(dialogs.errors).isEmpty();
            assertThat(model.rows()).hasSize(2);
            assertThat(model.rows().toString()).contains("5000").contains("225").doesNotContain("114")
                    .doesNotContain("224");

            model.scan("ds2:DATA/111", "", List.of("/coins"));
            assertThat(dialogs.errors).singleElement().asString().contains("master key only");
        }
    }
}
