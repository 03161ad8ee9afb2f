package dev.profilelens.app.versions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.app.browser.RecordingDialogs;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.editor.Saver;
import dev.profilelens.app.task.CurrentThreadTaskExecutor;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.restore.HistoryPlan;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The versions view model over an in-memory store and audit log, run on the calling thread. */
class VersionsViewModelTest {
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_7");
    private final InMemoryProfileSource store = new InMemoryProfileSource(Clock.systemUTC());
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<ConnectionSession> sessions = new ArrayList<>();

    private static String profile(long coins, String item) {
        return "{\"Data\":{\"Coins\":" + coins + ",\"Items\":[\"" + item + "\"]},\"MetaData\":{"
                + "\"ProfileCreateTime\":1,\"SessionLoadCount\":2,\"MetaTags\":{},\"LastUpdate\":3},"
                + "\"UserIds\":[7],\"GlobalUpdates\":[0,[]]}";
    }

    private void gameSaves(long coins, String item) {
        store.write(new WriteRequest(REF, RobloxJson.write(RobloxJson.parse(profile(coins, item))), List.of(7L),
                "{}", Precondition.none()));
    }

    private VersionsViewModel model(Connection c) {
        ConnectionSession s = new ConnectionSession(TestProviders.installed(), c, store);
        sessions.add(s);
        return new VersionsViewModel(s, REF, new CurrentThreadTaskExecutor(), dialogs,
                new Saver(() -> audit, Clock.systemUTC(), "tester"));
    }

    private JsonNode stored() {
        return RobloxJson.parse(store.read(REF).orElseThrow().value());
    }

    @AfterEach
    void close() {
        sessions.forEach(ConnectionSession::close);
    }

    @Test
    void listsNewestFirstAndComparesAnOldVersionWithTheValueStoredNow() {
        gameSaves(100, "Sword");
        gameSaves(150, "Sword");
        gameSaves(200, "Shield");
        VersionsViewModel vm = model(Connection.SANDBOX);
        vm.load();
        assertThat(vm.versions()).hasSize(3);
        assertThat(vm.versions().get(0).info().created()).isAfterOrEqualTo(vm.versions().get(2).info().created());
        assertThat(vm.statusProperty().get()).isEqualTo("3 versions · 0 written through ProfileLens");

        VersionInfo oldest = vm.versions().get(2).info();
        vm.compare(oldest, null);
        Comparison c = vm.comparisonProperty().get();
        assertThat(c.leftTitle()).isEqualTo("version " + oldest.version());
        assertThat(c.rightTitle()).isEqualTo("stored now");
        assertThat(c.changed()).extracting(CompareRow::path).contains("/Data/Coins", "/Data/Items/0")
                .doesNotContain("/UserIds/0");
        assertThat(c.changed()).filteredOn(r -> r.path().equals("/Data/Coins"))
                .singleElement().satisfies(r -> {
                    assertThat(r.older()).isEqualTo("100");
                    assertThat(r.newer()).isEqualTo("200");
                });
    }

    @Test
    void aRestoreOfOnePathIsPreviewedThenWrittenAndTheNewVersionNamesItsAuthor() {
        gameSaves(100, "Sword");
        gameSaves(200, "Shield");
        VersionsViewModel vm = model(Connection.SANDBOX);
        vm.load();
        VersionInfo oldest = vm.versions().get(1).info();
        List<HistoryPlan> plans = new ArrayList<>();
        vm.preview(oldest, List.of("/Data/Coins"), false, plans::add);
        assertThat(plans).singleElement().satisfies(p -> {
            assertThat(p.problems()).isEmpty();
            assertThat(p.changes()).hasSize(1);
        });
        assertThat(stored().at("/Data/Coins").asLong()).as("a preview writes nothing").isEqualTo(200);

        List<SaveResult> results = new ArrayList<>();
        vm.restore(plans.get(0), "ticket 42", null, results::add);
        assertThat(results).singleElement().isInstanceOf(SaveResult.Written.class);
        assertThat(dialogs.errors).isEmpty();
        assertThat(stored().at("/Data/Coins").asLong()).isEqualTo(100);
        assertThat(stored().at("/Data/Items/0").asText()).as("only the chosen path").isEqualTo("Shield");
        assertThat(audit.query(AuditQuery.newest(10))).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith("ticket 42"));
        assertThat(vm.versions()).as("listed again after the write").hasSize(3);
        assertThat(vm.versions().get(0).write()).as("the newest version is ours").isNotNull();
        assertThat(vm.statusProperty().get()).startsWith("restored: now version ")
                .endsWith("3 versions · 1 written through ProfileLens");
    }

    @Test
    void aPathTheGameChangedAfterThePreviewIsNeverOverwritten() {
        gameSaves(100, "Sword");
        gameSaves(200, "Shield");
        VersionsViewModel vm = model(Connection.SANDBOX);
        vm.load();
        List<HistoryPlan> plans = new ArrayList<>();
        vm.preview(vm.versions().get(1).info(), List.of("/Data/Coins"), false, plans::add);
        gameSaves(275, "Shield");

        List<SaveResult> results = new ArrayList<>();
        vm.restore(plans.get(0), "ticket 43", null, results::add);
        assertThat(results).singleElement().isNotInstanceOf(SaveResult.Written.class);
        assertThat(stored().at("/Data/Coins").asLong()).as("the game's 275 stays").isEqualTo(275);
        assertThat(vm.statusProperty().get()).startsWith("not restored: ");
        assertThat(dialogs.errors).singleElement().asString().startsWith("Not restored — nothing was written");
    }

    @Test
    void aReadOnlyConnectionRefusesTheRestoreBeforeAnyRead() {
        gameSaves(100, "Sword");
        gameSaves(200, "Shield");
        VersionsViewModel vm = model(Connection.production("Live", "sandbox"));
        vm.load();
        List<HistoryPlan> plans = new ArrayList<>();
        vm.preview(vm.versions().get(1).info(), List.of(), false, plans::add);
        assertThat(plans).isEmpty();
        assertThat(dialogs.errors).containsExactly("Not restored: Live is read-only");
        ObjectNode now = (ObjectNode) stored();
        assertThat(now.at("/Data/Coins").asLong()).isEqualTo(200);
    }
}
