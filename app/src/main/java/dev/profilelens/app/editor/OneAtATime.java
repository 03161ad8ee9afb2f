package dev.profilelens.app.editor;

import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The editor's analyses, one at a time: a request made while one runs waits for it, and a newer request replaces
 * the waiting one. Typing pauses on a megabyte of text no longer start analyses side by side that are outdated
 * before they end (each takes a core and allocates tens of megabytes; four at once starved the FX thread).
 * Used on the FX thread only.
 */
final class OneAtATime {
    private final TaskExecutor tasks;
    private boolean running;
    private @Nullable Runnable waiting;

    OneAtATime(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    /** Runs {@code work} now, or once the running work has finished (unless a newer request comes first). */
    <T> void run(String title, Callable<T> work, Consumer<T> onSuccess, Runnable onFinished) {
        Runnable start = () -> {
            running = true;
            tasks.execute(BackgroundTask.of(title, work).onSuccess(onSuccess).onFinished(() -> {
                running = false;
                onFinished.run();
                Runnable next = waiting;
                waiting = null;
                if (next != null) {
                    next.run();
                }
            }));
        };
        if (running) {
            waiting = start;
        } else {
            start.run();
        }
    }
}
