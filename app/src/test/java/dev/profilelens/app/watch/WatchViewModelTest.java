package dev.profilelens.app.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The watch panel's state without a window: rows follow the lock, a release is noticed and announced once. */
class WatchViewModelTest {
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_W");
    private final InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());

    private void store(boolean locked) {
        long now = System.currentTimeMillis() / 1000;
        String json = "{\"Data\":{\"Coins\":1},\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":4,"
                + (locked ? "\"ActiveSession\":[1818,\"job-7\"]," : "") + "\"MetaTags\":{},\"LastUpdate\":" + now
                + "},\"GlobalUpdates\":[0,[]],\"UserIds\":[7]}";
        source.write(new WriteRequest(REF, json.getBytes(StandardCharsets.UTF_8), List.of(7L), "{}",
                Precondition.none()));
    }

    @Test
    void aWatchedProfileShowsItsLockThenItsReleaseWithOneNotification() throws Exception {
        store(true);
        List<String> notified = new CopyOnWriteArrayList<>();
        ConnectionSession session = new ConnectionSession(TestProviders.installed(), new Connection("Test",
                "memory:watch", "#888888",
                SafetyLevel.FREE, false), source);
        // The model is confined to one UI thread, as in the window (the FX thread): the watch hands its events
        // over to that thread, and the test calls and reads the model only there. Running the hand-over on the
        // watch's own thread instead raced the test thread's budget refresh and could leave "0 keys" for good.
        ExecutorService ui = Executors.newSingleThreadExecutor();
        try (WatchViewModel model = onUi(ui, () -> new WatchViewModel(session, ui, (t, b) -> notified.add(t)))) {
            onUi(ui, () -> {
                model.add("PlayerData", "  Player_W ");
                return null;
            });
            await("the locked row and the budget line").atMost(Duration.ofSeconds(20))
                    .until(() -> onUi(ui, () -> model.rows().size() == 1
                            && model.rows().get(0).state().equals("active")
                            && model.budgetProperty().get().contains("1 keys")));
            assertThat(onUi(ui, () -> model.rows().get(0).owner())).contains("job-7");
            assertThat(onUi(ui, () -> model.budgetProperty().get())).contains("requests/min");
            assertThat(notified).isEmpty();

            store(false);
            await("the release").atMost(Duration.ofSeconds(20))
                    .until(() -> onUi(ui, () -> model.noticeProperty().get().contains("Player_W is free now"))
                            && !notified.isEmpty());
            assertThat(onUi(ui, () -> List.copyOf(model.rows()))).singleElement().extracting(WatchRow::state)
                    .isEqualTo("free");
            assertThat(notified).containsExactly("Player_W is free");
            assertThat(onUi(ui, () -> {
                model.select(REF);
                return List.copyOf(model.timeline());
            })).isNotEmpty();
        } finally {
            ui.shutdownNow();
        }
    }

    private static <T> T onUi(ExecutorService ui, Callable<T> work) throws Exception {
        return ui.submit(work).get(20, TimeUnit.SECONDS);
    }

    @Test
    void blankInputWatchesNothing() {
        ConnectionSession session = new ConnectionSession(TestProviders.installed(), new Connection("Test",
                "memory:watch", "#888888",
                SafetyLevel.FREE, false), source);
        try (WatchViewModel model = new WatchViewModel(session, Runnable::run, (title, body) -> { })) {
            model.add("PlayerData", "   ");
            assertThat(model.rows()).isEmpty();
            assertThat(model.budgetProperty().get()).isEmpty();
        }
    }
}
