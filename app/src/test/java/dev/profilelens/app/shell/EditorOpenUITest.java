package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.FxTaskExecutor;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.codec.RobloxJson;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Opening the editor of a ~4 MB value (#22): the copy of the value and its formatted text are made in the
 * background, so the window keeps painting while it is under way. The opening work is held back at its start until
 * the test has seen FX pulses run; had it been done on the FX thread, the tab would be there before that.
 */
class EditorOpenUITest extends SandboxUiTest {
    private static final String KEY = "Big_4MB";
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    TaskExecutor tasks() {
        FxTaskExecutor real = new FxTaskExecutor();
        Executor held = r -> real.pool("held").execute(() -> {
            arrived.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            r.run();
        });
        return new TaskExecutor() {
            @Override
            public <T> Future<T> execute(BackgroundTask<T> task) {
                return task.title().startsWith(Editors.OPENING) ? real.execute(task, held) : real.execute(task);
            }

            @Override
            public <T> Future<T> execute(BackgroundTask<T> task, Executor lane) {
                return real.execute(task, lane);
            }

            @Override
            public void close() {
                real.close();
            }
        };
    }

    @Override
    void started() {
        startup.window().openConnection(sandbox.writable());
    }

    /** A profile whose stored JSON is about 4 MB: a large inventory. */
    private static String bigValue() {
        StringBuilder items = new StringBuilder();
        for (int n = 0; items.length() < 4_100_000; n++) {
            items.append(n == 0 ? "" : ",").append("{\"Id\":\"").append(String.format("%08d-0000-4000-8000-%012d",
                    n, n)).append("\",\"Item\":\"Crystal Blade\",\"Level\":").append(n % 50).append('}');
        }
        return "{\"Data\":{\"Coins\":1,\"Inventory\":[" + items + "]},\"MetaData\":{\"ProfileCreateTime\":1699990000,"
                + "\"SessionLoadCount\":3,\"MetaTags\":{\"DataVersion\":3},\"LastUpdate\":1700003000},"
                + "\"RobloxMetaData\":[],\"UserIds\":[1],\"GlobalUpdates\":[0,[]],\"WasCorrupted\":false}";
    }

    @Test
    void theWindowKeepsPaintingWhileTheEditorOfA4MbValueOpens(FxRobot robot) throws Exception {
        String big = bigValue();
        assertThat(big.length()).isGreaterThan(4_000_000);
        sandbox.overwrite(KEY, RobloxJson.parse(big));
        UiSteps.openProfile(robot, KEY);
        UiSteps.waitFor(() -> robot.lookup("#profile-edit").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#profile-edit");
        assertThat(arrived.await(60, TimeUnit.SECONDS)).as("the opening went to the background").isTrue();
        AtomicInteger pulses = new AtomicInteger();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.incrementAndGet();
            }
        };
        robot.interact(timer::start);
        UiSteps.waitFor(() -> pulses.get() >= 3);
        assertThat(robot.lookup("#editor-text").tryQuery()).as("the editor is still being opened").isEmpty();
        robot.interact(timer::stop);
        release.countDown();
        UiSteps.waitFor(() -> robot.lookup("#editor-text").tryQuery().isPresent());
        dev.profilelens.app.editor.EditorView editor = robot.lookup("#editor").queryAs(
                dev.profilelens.app.editor.EditorView.class);
        assertThat(editor.model().originalText()).contains("00000000-0000-4000-8000-000000000000");
    }
}
