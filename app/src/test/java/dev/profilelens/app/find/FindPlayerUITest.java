package dev.profilelens.app.find;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.task.FxTaskExecutor;
import dev.profilelens.app.testfx.FxThreadLookups;
import dev.profilelens.core.find.FindHit;
import dev.profilelens.core.find.UserDirectory;
import dev.profilelens.core.find.UserRecord;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The find-a-player box in a real window: a UserId, a name, nothing found, Enter opens. */
@ExtendWith(FxThreadLookups.class)
class FindPlayerUITest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final List<FindHit> opened = new CopyOnWriteArrayList<>();
    private ConnectionSession session;
    private Path templatesFile;

    @Start
    void start(Stage stage) {
        InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());
        for (long id = 100_000; id < 100_040; id++) {
            put(source, new EntryRef("PlayerData", "global", "Player_" + id), id);
        }
        put(source, new EntryRef("PlayerData", "beta", "Player_100032"), 100_032);
        put(source, EntryRef.of("PlayerData_v2", "100032"), 100_032);
        for (char c = 'a'; c <= 't'; c++) {
            put(source, EntryRef.of("Saves", "meta_" + c), 1);
        }
        put(source, EntryRef.of("Saves", "save100032"), 100_032); // one key: too few to detect save{id}
        session = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX, source);
        UserDirectory names = new UserDirectory() {
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
        try {
            templatesFile = Files.createTempDirectory("find-ui").resolve("key-templates.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FindPlayerViewModel model = new FindPlayerViewModel(session, tasks, () -> names, templatesFile);
        stage.setScene(new Scene(new FindPlayerView(model, opened::add), 600, 480));
        stage.show();
    }

    private static void put(InMemoryProfileSource s, EntryRef ref, long id) {
        s.write(new WriteRequest(ref, ("{\"Data\":{},\"MetaData\":{},\"GlobalUpdates\":[0,[]]}")
                .getBytes(StandardCharsets.UTF_8), List.of(id), "{}", Precondition.none()));
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    private static void search(FxRobot robot, String text) {
        robot.clickOn("#find-query").eraseText(40).write(text).type(KeyCode.ENTER);
    }

    @Test
    void aUserIdListsEveryScopeAndStoreAndEnterOpensTheFirst(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<FindHit> list = (ListView<FindHit>) robot.lookup("#find-results").query();
        search(robot, "100032");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 3);
        assertThat(list.getItems()).extracting(h -> h.store() + "/" + h.scope() + "/" + h.key()).containsExactly(
                "PlayerData/beta/Player_100032", "PlayerData/global/Player_100032", "PlayerData_v2/global/100032");
        assertThat(robot.lookup("#find-message").queryAs(Label.class).getText()).startsWith("UserId 100032: 3 places");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.size() == 1);
        assertThat(opened.get(0).ref()).isEqualTo(new EntryRef("PlayerData", "beta", "Player_100032"));
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.size() == 2);
        assertThat(opened.get(1).ref()).isEqualTo(EntryRef.of("PlayerData", "Player_100032"));
    }

    @Test
    void aNameResolvesAndNothingFoundSaysWhereItLooked(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<FindHit> list = (ListView<FindHit>) robot.lookup("#find-results").query();
        Label message = robot.lookup("#find-message").queryAs(Label.class);
        search(robot, "braveotter");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 3);
        assertThat(message.getText()).startsWith("BraveOtter (UserId 100032): 3 places");
        search(robot, "100099");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message.getText().startsWith("No data found"));
        assertThat(list.getItems()).isEmpty();
        assertThat(message.getText()).contains("Player_100099",
                "Nearest existing keys: PlayerData/global/Player_100039");
        search(robot, "@x");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().contains("not a Roblox username"));
        assertThat(opened).isEmpty();
    }

    @Test
    void keyTemplatesAreEditedPerConnectionRememberedAndUsed(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<FindHit> list = (ListView<FindHit>) robot.lookup("#find-results").query();
        Label message = robot.lookup("#find-message").queryAs(Label.class);
        TextArea templates = robot.lookup("#find-templates").queryAs(TextArea.class);
        robot.clickOn("Key templates of this connection");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> templates.getText().contains("PlayerData=")
                && robot.lookup("#find-templates-save").query().isVisible());
        assertThat(templates.getText()).contains("PlayerData=Player_{id}").contains("PlayerData_v2={id}")
                .contains("Saves=\n");

        robot.interact(() -> templates.setText(templates.getText().replace("Saves=", "Saves=save{id")));
        robot.clickOn("#find-templates-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message.getText().contains("line 3"));
        assertThat(message.getText()).contains("{id}");
        assertThat(templates.getText()).as("the edit is kept").contains("Saves=save{id");
        assertThat(templatesFile).as("nothing written").doesNotExist();

        robot.interact(() -> templates.setText(templates.getText().replace("Saves=save{id", "Saves=save{id}")));
        robot.clickOn("#find-templates-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message.getText().startsWith("Key templates saved"));
        assertThat(Files.readString(templatesFile)).contains("\"sandbox\"").contains("\"Saves\"")
                .contains("save{id}").as("only what differs from detection").doesNotContain("PlayerData");
        search(robot, "100032");
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 4);
        } catch (TimeoutException e) {
            throw new AssertionError("found " + list.getItems() + "; the box says: " + message.getText(), e);
        }
        assertThat(list.getItems()).extracting(h -> h.store() + "/" + h.key()).contains("Saves/save100032");

        // remembered: a new window on the same settings file (as after a restart) uses them
        FindPlayerViewModel again = new FindPlayerViewModel(session, tasks, () -> null, templatesFile);
        robot.interact(() -> {
            again.queryProperty().set("100032");
            again.search();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> again.results().size() == 4);
    }
}
