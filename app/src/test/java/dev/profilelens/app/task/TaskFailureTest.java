package dev.profilelens.app.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

/** A failing task is never dropped: its own handler, else the executor's fallback; the Future tells the caller. */
class TaskFailureTest {
    @Test
    void aFailureWithoutAHandlerGoesToTheFallbackAndTheFuture() {
        List<Throwable> unhandled = new ArrayList<>();
        List<String> finished = new ArrayList<>();
        TaskExecutor tasks = new CurrentThreadTaskExecutor(unhandled::add);
        Future<Object> f = tasks.execute(BackgroundTask.of("Read", () -> {
            throw new IllegalStateException("store closed");
        }).onFinished(() -> finished.add("done")));
        assertThat(unhandled).singleElement().extracting(Throwable::getMessage).isEqualTo("store closed");
        assertThat(finished).containsExactly("done");
        assertThatThrownBy(f::get).isInstanceOf(ExecutionException.class).hasMessageContaining("store closed");
    }

    @Test
    void aTaskWithItsOwnHandlerKeepsItsFailure() {
        List<Throwable> unhandled = new ArrayList<>();
        List<Throwable> own = new ArrayList<>();
        new CurrentThreadTaskExecutor(unhandled::add).execute(BackgroundTask.of("Read", () -> {
            throw new IllegalStateException("x");
        }).onFailure(own::add));
        assertThat(own).hasSize(1);
        assertThat(unhandled).isEmpty();
    }

    @Test
    void theDefaultTestExecutorRethrowsAnUnhandledFailure() {
        assertThatThrownBy(() -> new CurrentThreadTaskExecutor().execute(BackgroundTask.of("Read", () -> {
            throw new IllegalStateException("lost?");
        }))).hasRootCauseMessage("lost?");
    }

    @Test
    void theFxExecutorHandsAnUnhandledFailureToItsFallbackOnTheFxThread() throws Exception {
        startFx();
        CountDownLatch seen = new CountDownLatch(1);
        List<Boolean> onFx = new ArrayList<>();
        FxTaskExecutor tasks = new FxTaskExecutor(e -> {
            onFx.add(Platform.isFxApplicationThread());
            seen.countDown();
        });
        try {
            tasks.execute(BackgroundTask.of("Scan", () -> {
                throw new IllegalStateException("scan failed");
            }));
            assertThat(seen.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(onFx).containsExactly(true);
        } finally {
            tasks.close();
        }
    }

    /** The toolkit as the other UI tests start it (TestFX, Monocle headless), so they can share the JVM. */
    private static void startFx() throws java.util.concurrent.TimeoutException {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }
}
