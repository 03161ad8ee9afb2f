package dev.profilelens.app.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.browser.RecordingDialogs;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.task.FxTaskExecutor;
import dev.profilelens.app.testfx.FxThreadLookups;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.testsupport.store.TestProviders;
import java.lang.ref.WeakReference;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * ADR 0263: after the loader's warm-up read, a profile view of its own shows the made-up profile off screen and
 * paints every pane; it waits while the user is working, stops between steps once a profile of the user's is open,
 * and keeps nothing.
 */
@ExtendWith(FxThreadLookups.class)
class PaneWarmUpUITest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ConnectionSession session = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX,
            new InMemoryProfileSource(Clock.systemUTC()));
    private final ProfileLoader loader = ProfileViews.loader();
    private final List<WeakReference<ProfileViewModel>> made = new ArrayList<>();
    private Scene window;

    @Start
    void start(Stage stage) {
        window = ProfileViews.show(stage, new StackPane());
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    private Function<EntryRef, ProfileViewModel> models(Runnable onEach) {
        return ref -> {
            onEach.run();
            ProfileViewModel m = new ProfileViewModel(session, tasks, dialogs, loader, ref, r -> { });
            made.add(new WeakReference<>(m));
            return m;
        };
    }

    @Test
    void everyPaneOfTheSampleIsPaintedAndNothingIsKept() throws Exception {
        PaneWarmUp w = PaneWarmUp.start(loader, models(() -> { }), window, () -> false, () -> false);

        assertThat(w.done().get(60, TimeUnit.SECONDS))
                .containsExactly("Data", "MetaTags", "Global updates", "Session", "Key info", "Raw");
        assertThat(made).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 50 && made.get(0).get() != null; i++) {
            System.gc();
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(made.get(0).get()).as("the warm-up's view and model are collected").isNull();
    }

    @Test
    void itWaitsWhileTheUserIsWorking() throws Exception {
        AtomicBoolean busy = new AtomicBoolean(true);
        PaneWarmUp w = PaneWarmUp.start(loader, models(() -> { }), window, () -> false, busy::get);

        Thread.sleep(1_500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(made).as("no step while busy").isEmpty();
        assertThat(w.done()).isNotDone();
        busy.set(false);
        assertThat(w.done().get(60, TimeUnit.SECONDS)).hasSize(6);
    }

    @Test
    void nothingIsMadeWhenAProfileIsAlreadyOpen() throws Exception {
        PaneWarmUp w = PaneWarmUp.start(loader, models(() -> { }), window, () -> true, () -> false);

        assertThat(w.done().get(60, TimeUnit.SECONDS)).isEmpty();
        assertThat(made).isEmpty();
    }

    @Test
    void itStopsBetweenStepsOnceAProfileIsOpened() throws Exception {
        AtomicBoolean opened = new AtomicBoolean();
        // the user opens a profile while the warm-up's view is being made: no pane is painted after that
        PaneWarmUp w = PaneWarmUp.start(loader, models(() -> opened.set(true)), window, opened::get, () -> false);

        assertThat(w.done().get(60, TimeUnit.SECONDS)).isEmpty();
        assertThat(made).hasSize(1);
    }
}
