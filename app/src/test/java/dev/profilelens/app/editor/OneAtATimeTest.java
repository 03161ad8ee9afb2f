package dev.profilelens.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.CurrentThreadTaskExecutor;
import dev.profilelens.app.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The editor's analyses run one at a time; of the requests made meanwhile only the newest runs. */
class OneAtATimeTest {
    /** Holds every task until {@link #release} runs the oldest (on the caller's thread). */
    private static final class Held implements TaskExecutor {
        private final List<Runnable> held = new ArrayList<>();
        private final CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();

        @Override
        public <T> Future<T> execute(BackgroundTask<T> task) {
            held.add(() -> now.execute(task));
            return new CompletableFuture<>();
        }

        @Override
        public <T> Future<T> execute(BackgroundTask<T> task, Executor lane) {
            return execute(task);
        }

        void release() {
            held.remove(0).run();
        }

        @Override
        public void close() {
            now.close();
        }
    }

    @Test
    void requestsWhileOneRunsWaitAndOnlyTheNewestRuns() {
        Held tasks = new Held();
        OneAtATime analyses = new OneAtATime(tasks);
        List<String> ran = new ArrayList<>();
        List<String> finished = new ArrayList<>();
        for (String name : List.of("first", "second", "third")) {
            analyses.run(name, () -> {
                ran.add(name);
                return name;
            }, v -> { }, () -> finished.add(name));
        }
        assertThat(tasks.held).as("the second and third wait for the first").hasSize(1);
        tasks.release();
        assertThat(ran).containsExactly("first");
        assertThat(tasks.held).as("the newest waiting request starts when the first ends").hasSize(1);
        tasks.release();
        assertThat(ran).as("the second was outdated before it could start").containsExactly("first", "third");
        assertThat(finished).containsExactly("first", "third");
        analyses.run("fourth", () -> "fourth", v -> ran.add(v), () -> { });
        assertThat(tasks.held).as("nothing runs: the next request starts at once").hasSize(1);
    }
}
