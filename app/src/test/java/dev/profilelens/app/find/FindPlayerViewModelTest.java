package dev.profilelens.app.find;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.task.CurrentThreadTaskExecutor;
import dev.profilelens.core.find.FindHit;
import dev.profilelens.core.find.UserDirectory;
import dev.profilelens.core.find.UserRecord;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The find-player view model over an in-memory store, run on the calling thread. */
class FindPlayerViewModelTest {
    @TempDir
    Path dir;
    private final InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());
    private final AtomicInteger directoriesOpened = new AtomicInteger();
    private final List<ConnectionSession> sessions = new ArrayList<>();
    private final UserDirectory names = new UserDirectory() {
        @Override
        public Optional<UserRecord> byName(String username) {
            return username.equalsIgnoreCase("BraveOtter")
                    ? Optional.of(new UserRecord(100_032, "BraveOtter", "Brave")) : Optional.empty();
        }

        @Override
        public String describe() {
            return "test names";
        }
    };

    private void put(String store, String key, long userId) {
        source.write(new WriteRequest(EntryRef.of(store, key), "{\"Data\":{},\"MetaData\":{},\"GlobalUpdates\":[0,[]]}"
                .getBytes(StandardCharsets.UTF_8), List.of(userId), "{}", Precondition.none()));
    }

    private FindPlayerViewModel model() {
        ConnectionSession s = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX, source);
        sessions.add(s);
        return new FindPlayerViewModel(s, new CurrentThreadTaskExecutor(), () -> {
            directoriesOpened.incrementAndGet();
            return names;
        }, dir.resolve("key-templates.json"));
    }

    private static List<String> keys(FindPlayerViewModel m) {
        return m.results().stream().map(FindHit::key).toList();
    }

    @BeforeEach
    void players() {
        for (long id = 100_000; id < 100_040; id++) {
            put("PlayerData", "Player_" + id, id);
        }
        put("Saves", "u100032_slot2", 0); // no UserIds: found only through a key template
    }

    @AfterEach
    void close() {
        sessions.forEach(ConnectionSession::close);
    }

    @Test
    void aUserIdOrAUsernameFindsThePlayerAndTheDirectoryIsOpenedOnce() {
        FindPlayerViewModel m = model();
        m.queryProperty().set("100032");
        m.search();
        assertThat(keys(m)).containsExactly("Player_100032");
        assertThat(m.messageProperty().get()).startsWith("UserId 100032: 1 place");
        assertThat(m.busyProperty().get()).isFalse();
        assertThat(m.resultsMatchQuery()).as("Enter opens now").isTrue();
        m.queryProperty().set("100033");
        assertThat(m.resultsMatchQuery()).as("the box changed: Enter searches again").isFalse();

        m.queryProperty().set("@braveotter");
        m.search();
        m.queryProperty().set("@BraveOtter");
        m.search();
        assertThat(keys(m)).containsExactly("Player_100032");
        assertThat(m.messageProperty().get()).startsWith("BraveOtter (UserId 100032): 1 place");
        assertThat(directoriesOpened).as("its cache serves the next searches").hasValue(1);
    }

    @Test
    void badInputAndNoMatchSayWhatWasSearched() {
        FindPlayerViewModel m = model();
        m.queryProperty().set("100032");
        m.search();
        m.queryProperty().set("not a player");
        m.search();
        assertThat(m.results()).as("the old answer is not left standing").isEmpty();
        assertThat(m.messageProperty().get()).isNotBlank().doesNotStartWith("UserId");
        m.queryProperty().set("999999");
        m.search();
        assertThat(m.results()).isEmpty();
        assertThat(m.messageProperty().get()).startsWith("No data found for UserId 999999. Searched:")
                .contains("PlayerData");
    }

    @Test
    void keyTemplatesAreEditedKeptForTheConnectionAndUsedByTheNextSearch() throws Exception {
        FindPlayerViewModel m = model();
        m.loadTemplates();
        assertThat(m.templatesTextProperty().get()).contains("PlayerData=Player_{id}");
        m.templatesTextProperty().set("PlayerData=Player_{id}\nSaves=nothing here");
        m.saveTemplates();
        assertThat(m.messageProperty().get()).isEqualTo("the key templates line 2: The key template \"nothing here\" "
                + "must contain {id} exactly once, e.g. Player_{id}");
        assertThat(dir.resolve("key-templates.json")).doesNotExist();

        m.templatesTextProperty().set("PlayerData=Player_{id}\nSaves=u{id}_slot2");
        m.saveTemplates();
        assertThat(m.messageProperty().get()).startsWith("Key templates saved for Sandbox (1 store(s) set by hand");
        m.queryProperty().set("100032");
        m.search();
        assertThat(keys(m)).containsExactlyInAnyOrder("Player_100032", "u100032_slot2");
        assertThat(Files.readString(dir.resolve("key-templates.json"))).contains("u{id}_slot2")
                .doesNotContain("Player_{id}");

        FindPlayerViewModel again = model();
        again.queryProperty().set("100032");
        again.search();
        assertThat(keys(again)).as("remembered for the connection").contains("u100032_slot2");
    }
}
