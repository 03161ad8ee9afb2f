package dev.profilelens.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.task.FxTaskExecutor;
import dev.profilelens.app.testfx.FxThreadLookups;
import dev.profilelens.app.widgets.KeyRow;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The key list in a real window: scrolling to its end keeps loading pages until the store ends. */
@ExtendWith(FxThreadLookups.class)
class BrowserPagingUITest {
    private static final int KEYS = 2_150;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private ConnectionSession session;
    private BrowserViewModel model;

    @Start
    void start(Stage stage) {
        InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());
        for (int i = 0; i < KEYS; i++) {
            source.write(new WriteRequest(EntryRef.of("PlayerData", String.format("Player_%05d", i)),
                    "{\"GlobalUpdates\":[0,[]]}".getBytes(StandardCharsets.UTF_8), List.of(), "{}",
                    Precondition.none()));
        }
        session = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX, source);
        model = new BrowserViewModel(session, tasks, new RecordingDialogs());
        stage.setScene(new Scene(new BrowserView(model, row -> { }), 260, 900));
        stage.show();
        model.loadStores();
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    @Test
    void scrollingToTheEndLoadsEveryPageOnceAndInOrder(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<KeyRow> list = (ListView<KeyRow>) robot.lookup("#key-list").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == BrowserViewModel.PAGE);
        for (int round = 0; round < 40 && model.hasMoreProperty().get(); round++) {
            int before = list.getItems().size();
            robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> list.getItems().size() > before || !model.hasMoreProperty().get());
        }
        assertThat(list.getItems()).hasSize(KEYS);
        assertThat(new HashSet<>(list.getItems().stream().map(r -> r.ref().key()).toList())).hasSize(KEYS);
        assertThat(list.getItems().get(KEYS - 1).ref().key()).isEqualTo("Player_02149");
        assertThat(model.statusProperty().get())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%,d keys loaded", KEYS));
    }
}
