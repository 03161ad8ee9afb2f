package dev.profilelens.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.task.CurrentThreadTaskExecutor;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.WriteMode;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.lock.LockStatus;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's save: +500 typed on a profile a server saved meanwhile keeps the server's coins, with no dialog. */
class EditorSaveTest {
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_X");
    private static final String PROFILE = "{\"Data\":{\"Coins\":153608,\"Items\":[]},\"MetaData\":{"
            + "\"ProfileCreateTime\":1,\"SessionLoadCount\":2,\"MetaTags\":{},\"LastUpdate\":3},"
            + "\"UserIds\":[1],\"GlobalUpdates\":[0,[]]}";

    @Test
    void aTypedNumberIsSavedAsADeltaOnTheLatestValue() {
        InMemoryProfileSource store = new InMemoryProfileSource(Clock.systemUTC());
        JsonNode base = RobloxJson.parse(PROFILE);
        String v1 = store.write(new WriteRequest(REF, RobloxJson.write(base), List.of(1L), "{}",
                Precondition.none())).version();
        ObjectNode theirs = base.deepCopy();
        ((ObjectNode) theirs.get("Data")).put("Coins", 156144);
        store.write(new WriteRequest(REF, RobloxJson.write(theirs), List.of(1L), "{}", Precondition.none()));

        ConnectionSession session = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX, store);
        EditTarget t = new EditTarget(session, REF, base, v1, Kind.PROFILE,
                new LockState(LockStatus.FREE, null, null, null, 1800));
        EditorViewModel model = new EditorViewModel(t, new CurrentThreadTaskExecutor(),
                new Saver(InMemoryAuditLog::new, Clock.systemUTC(), "tester"));
        model.textChanged("{\"Data\":{\"Coins\":154108,\"Items\":[\"Royal Crown\"]},\"MetaTags\":{}}");
        assertThat(model.analysisProperty().get().changes()).containsExactly("/Data/Coins +500 (was 153608)",
                "/Data/Items append \"Royal Crown\"");

        List<SaveResult> saved = new ArrayList<>();
        List<Throwable> failed = new ArrayList<>();
        model.save("ticket 1", WriteMode.NORMAL, null, saved::add, failed::add);
        assertThat(failed).as("no merge dialog, no refusal").isEmpty();
        assertThat(saved).hasSize(1).allMatch(r -> r instanceof SaveResult.Written);
        JsonNode now = RobloxJson.parse(store.read(REF).orElseThrow().value());
        assertThat(now.at("/Data/Coins").asLong()).as("the server's 156144 + 500").isEqualTo(156644);
        assertThat(now.at("/Data/Items/0").asText()).isEqualTo("Royal Crown");
    }

    @Test
    void anExplicitIntentIsSavedWithTheTextsAndUndoTakesBothBackKeepingTheServersCoins() {
        InMemoryProfileSource store = new InMemoryProfileSource(Clock.systemUTC());
        JsonNode base = RobloxJson.parse(PROFILE);
        String v1 = store.write(new WriteRequest(REF, RobloxJson.write(base), List.of(1L), "{}",
                Precondition.none())).version();
        EditorViewModel model = new EditorViewModel(new EditTarget(new ConnectionSession(TestProviders.installed(),
                Connection.SANDBOX, store),
                REF,
                base, v1, Kind.PROFILE, new LockState(LockStatus.FREE, null, null, null, 1800)),
                new CurrentThreadTaskExecutor(),
                new Saver(InMemoryAuditLog::new, Clock.systemUTC(), "tester"));
        model.textChanged("{\"Data\":{\"Coins\":154108,\"Items\":[]},\"MetaTags\":{}}");
        model.addIntent(new dev.profilelens.core.edit.intent.AppendItem("/Data/Items",
                RobloxJson.parse("{\"Id\":\"g1\",\"Item\":\"Royal Crown\"}")));
        assertThat(model.dirty()).isTrue();
        assertThat(model.intents()).hasSize(2);
        List<SaveResult> saved = new ArrayList<>();
        model.save("ticket 2", WriteMode.NORMAL, null, saved::add, e -> { throw new AssertionError(e); });
        SaveResult.Written w = (SaveResult.Written) saved.get(0);
        assertThat(model.explicitIntents()).as("spent by the write").isEmpty();
        assertThat(model.dirty()).isFalse();
        ObjectNode theirs = (ObjectNode) RobloxJson.parse(store.read(REF).orElseThrow().value());
        ((ObjectNode) theirs.get("Data")).put("Coins", 160000);
        store.write(new WriteRequest(REF, RobloxJson.write(theirs), List.of(1L), "{}", Precondition.none()));
        model.undo(w, "undo ticket 2", saved::add, e -> { throw new AssertionError(e); });
        assertThat(saved.get(1)).isInstanceOf(SaveResult.Written.class);
        JsonNode now = RobloxJson.parse(store.read(REF).orElseThrow().value());
        assertThat(now.at("/Data/Coins").asLong()).as("the server's 160000 - my 500").isEqualTo(159500);
        assertThat(now.at("/Data/Items").size()).as("the appended item removed by its identity").isZero();
    }

    @Test
    void aDeltaSwitchedToASetIsAConflictWhenTheServerChangedItAndKeepTheirsDropsIt() {
        InMemoryProfileSource store = new InMemoryProfileSource(Clock.systemUTC());
        JsonNode base = RobloxJson.parse(PROFILE);
        String v1 = store.write(new WriteRequest(REF, RobloxJson.write(base), List.of(1L), "{}",
                Precondition.none())).version();
        EditorViewModel model = new EditorViewModel(new EditTarget(new ConnectionSession(TestProviders.installed(),
                Connection.SANDBOX, store),
                REF,
                base, v1, Kind.PROFILE, new LockState(LockStatus.FREE, null, null, null, 1800)),
                new CurrentThreadTaskExecutor(),
                new Saver(InMemoryAuditLog::new, Clock.systemUTC(), "tester"));
        model.textChanged("{\"Data\":{\"Coins\":154108,\"Items\":[\"Crown\"]},\"MetaTags\":{}}");
        model.numberAsSet("/Data/Coins", true);
        assertThat(model.analysisProperty().get().changes()).contains("/Data/Coins set 154108 (was 153608)");
        ObjectNode theirs = base.deepCopy();
        ((ObjectNode) theirs.get("Data")).put("Coins", 156144);
        store.write(new WriteRequest(REF, RobloxJson.write(theirs), List.of(1L), "{}", Precondition.none()));
        List<SaveResult> results = new ArrayList<>();
        model.save("ticket 3", WriteMode.NORMAL, null, results::add, e -> { throw new AssertionError(e); });
        SaveResult.Conflict c = (SaveResult.Conflict) results.get(0);
        assertThat(c.paths()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/Data/Coins");
            assertThat(p.base().asLong()).isEqualTo(153608);
            assertThat(p.mine().asLong()).isEqualTo(154108);
            assertThat(p.theirs().asLong()).isEqualTo(156144);
            assertThat(MergeDialog.gameChanged(p)).as("theirs is preselected").isTrue();
        });
        assertThat(RobloxJson.parse(store.read(REF).orElseThrow().value()).at("/Data/Coins").asLong())
                .as("nothing written").isEqualTo(156144);
        model.resolve(java.util.Map.of("/Data/Coins", java.util.Optional.empty()), a -> { });
        model.save("ticket 3", WriteMode.NORMAL, null, results::add, e -> { throw new AssertionError(e); });
        assertThat(results.get(1)).isInstanceOf(SaveResult.Written.class);
        JsonNode now = RobloxJson.parse(store.read(REF).orElseThrow().value());
        assertThat(now.at("/Data/Coins").asLong()).as("theirs kept").isEqualTo(156144);
        assertThat(now.at("/Data/Items/0").asText()).as("the rest of the edit written").isEqualTo("Crown");
    }
}
