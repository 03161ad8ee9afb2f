package dev.profilelens.app.composer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.browser.RecordingDialogs;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.editor.Saver;
import dev.profilelens.app.task.CurrentThreadTaskExecutor;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The mailbox view model over an in-memory store: what it writes (through the save pipeline, logged) and how it
 * follows an update while the "game" takes it. The follow-up polls on an FX timeline, so the toolkit runs; every
 * model call is made on the FX thread, as the view makes them.
 */
class ComposerViewModelTest {
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_9");
    private static final String DATA = "{\"Type\":\"Gift\",\"Amount\":500}";
    private final InMemoryProfileSource store = new InMemoryProfileSource(Clock.systemUTC());
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ConnectionSession session = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX,
            store);
    private ComposerViewModel model;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (model != null) {
            fx(() -> {
                model.close();
                return null;
            });
        }
        session.close();
    }

    private void stored(String globalUpdates, boolean profileStore) {
        String value = "{\"Data\":{\"Coins\":1},\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":2,"
                + "\"MetaTags\":{},\"LastUpdate\":3},\"UserIds\":[9],\"GlobalUpdates\":" + globalUpdates
                + (profileStore ? ",\"WasOverwritten\":false}" : "}"); // ProfileStore alone writes WasOverwritten
        store.write(new WriteRequest(REF, RobloxJson.write(RobloxJson.parse(value)), List.of(9L), "{}",
                Precondition.none()));
    }

    private JsonNode now() {
        return RobloxJson.parse(store.read(REF).orElseThrow().value());
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private void status(String expected) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> model.statusProperty().get().equals(expected)));
    }

    private ComposerViewModel open() throws Exception {
        model = fx(() -> {
            ComposerViewModel m = new ComposerViewModel(session, REF, new CurrentThreadTaskExecutor(), dialogs,
                    new Saver(() -> audit, Clock.systemUTC(), "tester"));
            m.refresh();
            return m;
        });
        return model;
    }

    @Test
    void aSentUpdateIsLoggedAndFollowedUntilTheGameTookIt() throws Exception {
        stored("[0,[]]", false);
        ComposerViewModel m = open();
        assertThat(m.messages()).isFalse();
        fx(() -> {
            m.send(RobloxJson.parse(DATA), "ticket 7");
            return null;
        });
        assertThat(now().at("/GlobalUpdates/0").asLong()).isEqualTo(1);
        assertThat(now().at("/GlobalUpdates/1/0/3/Amount").asLong()).isEqualTo(500);
        assertThat(audit.query(AuditQuery.newest(5))).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("global-update");
            assertThat(e.reason()).isEqualTo("ticket 7");
        });
        status("#1: active (waiting for a server that has the profile loaded)");
        assertThat(m.queue()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(1);
            assertThat(r.state()).isEqualTo("active");
        });

        stored("[1,[[1,1,true," + DATA + "]]]", false); // a server loaded the profile and locked the update
        status("#1: locked (taken by the server, being applied)");
        stored("[1,[]]", false); // ...applied it and cleared it
        status("#1: delivered (the game took it)");
        assertThat(fx(() -> m.queue().isEmpty())).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anActiveUpdateIsChangedThenClearedAndAClosedModelStopsFollowing() throws Exception {
        stored("[3,[[3,1,false," + DATA + "]]]", false);
        ComposerViewModel m = open();
        assertThat(fx(() -> m.queue().size())).isEqualTo(1);
        fx(() -> {
            m.change(3, RobloxJson.parse("{\"Type\":\"Gift\",\"Amount\":900}"), "more");
            return null;
        });
        assertThat(now().at("/GlobalUpdates/1/0/1").asLong()).as("version bumped").isEqualTo(2);
        assertThat(now().at("/GlobalUpdates/1/0/3/Amount").asLong()).isEqualTo(900);
        fx(() -> {
            m.clear(3, "not needed");
            return null;
        });
        assertThat(now().at("/GlobalUpdates/1").size()).isZero();
        assertThat(audit.query(AuditQuery.newest(5))).extracting(e -> e.action())
                .containsExactlyInAnyOrder("global-update-change", "global-update-clear");

        fx(() -> {
            m.send(RobloxJson.parse(DATA), "again");
            return null;
        });
        status("#4: active (waiting for a server that has the profile loaded)");
        fx(() -> {
            m.close();
            return null;
        });
        stored("[4,[]]", false);
        Thread.sleep(3_000); // longer than the follow-up's period: a closed model must not read again
        assertThat(fx(() -> m.statusProperty().get())).isEqualTo(
                "#4: active (waiting for a server that has the profile loaded)");
    }

    @Test
    void aProfileStoreProfileGetsMessagesAndARefusedWriteWritesNothing() throws Exception {
        stored("[0,[]]", true);
        ComposerViewModel m = open();
        assertThat(m.messages()).isTrue();
        fx(() -> {
            m.send(RobloxJson.parse("{\"Gift\":\"Crown\"}"), "ticket 8");
            return null;
        });
        assertThat(now().at("/GlobalUpdates/1/0/1/Gift").asText()).isEqualTo("Crown");
        assertThat(audit.query(AuditQuery.newest(5))).extracting(e -> e.action()).containsExactly("message");

        ComposerViewModel ps = m;
        String before = RobloxJson.writeString(now());
        fx(() -> {
            ps.change(77, RobloxJson.parse(DATA), "no such update");
            return null;
        });
        assertThat(RobloxJson.writeString(now())).isEqualTo(before);
        assertThat(fx(() -> m.statusProperty().get())).isEqualTo("not written");
        assertThat(dialogs.errors).singleElement().asString().startsWith("Not written to the mailbox of Player_9");
    }
}
