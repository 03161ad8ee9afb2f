package dev.profilelens.app.find;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.env.TestEnvironments;
import dev.profilelens.app.task.FxTaskExecutor;
import dev.profilelens.app.testfx.FxThreadLookups;
import dev.profilelens.core.find.FindHit;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The find-player window as the main window shows it (Ctrl+P): opening a found place puts it away so the profile
 * behind it is seen; Ctrl+P brings it back with its results; Escape puts it away.
 */
@ExtendWith(FxThreadLookups.class)
class FindPlayerWindowsUITest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final List<FindHit> opened = new CopyOnWriteArrayList<>();
    private ConnectionSession session;
    private FindPlayerWindows windows;
    private Stage owner;

    @Start
    void start(Stage stage) throws IOException {
        InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());
        for (long id = 100_030; id < 100_035; id++) {
            source.write(new WriteRequest(EntryRef.of("PlayerData", "Player_" + id),
                    "{\"Data\":{},\"MetaData\":{},\"GlobalUpdates\":[0,[]]}".getBytes(StandardCharsets.UTF_8),
                    List.of(id), "{}", Precondition.none()));
        }
        session = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX, source);
        windows = new FindPlayerWindows(tasks, TestEnvironments.in(Files.createTempDirectory("find-windows")));
        owner = stage;
        stage.setScene(new Scene(new Label("main window"), 800, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    private Stage findWindow() {
        return (Stage) Window.getWindows().stream().filter(w -> w != owner && w instanceof Stage s
                && s.getTitle() != null && s.getTitle().startsWith("Find player")).findFirst().orElseThrow();
    }

    @Test
    void openingAPlaceOrEscapePutsTheWindowAwayAndCtrlPBringsItBackWithItsResults(FxRobot robot)
            throws Exception {
        robot.interact(() -> windows.show(owner, session, opened::add));
        Stage find = findWindow();
        assertThat(find.isShowing()).isTrue();
        @SuppressWarnings("unchecked")
        ListView<FindHit> list = (ListView<FindHit>) find.getScene().lookup("#find-results");
        robot.clickOn("#find-query").write("100032").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened.get(0).ref()).isEqualTo(EntryRef.of("PlayerData", "Player_100032"));
        assertThat(find.isShowing()).as("put away once a place is opened").isFalse();

        robot.interact(() -> windows.show(owner, session, opened::add));
        assertThat(findWindow()).as("the same window, kept").isSameAs(find);
        assertThat(find.isShowing()).isTrue();
        assertThat(list.getItems()).as("with its results").hasSize(1);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(find.isShowing()).as("Escape puts it away").isFalse();
        assertThat(opened).hasSize(1);
    }
}
