package dev.profilelens.app.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Work for the {@link TaskExecutor}: {@code work} runs off the FX thread; the callbacks run on the FX thread (or
 * the caller's thread in tests). Built fluently: {@code BackgroundTask.of(() -> read()).onSuccess(show)}. A task
 * without {@link #onFailure} hands its failure to its executor's fallback (logged and shown), never to nowhere.
 */
public final class BackgroundTask<T> {
    private final String title;
    private final Callable<T> work;
    private Consumer<T> onSuccess = v -> { };
    private @Nullable Consumer<Throwable> onFailure;
    private Runnable onRunning = () -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(String title, Callable<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Callable<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = handler;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    public BackgroundTask<T> onRunning(Runnable handler) {
        this.onRunning = handler;
        return this;
    }

    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = handler;
        return this;
    }

    public String title() {
        return title;
    }

    T call() throws Exception {
        return work.call();
    }

    void running() {
        onRunning.run();
    }

    void succeeded(T value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    /**
     * Hands the failure to the task's own handler, or to {@code unhandled} when the task has none: a failure is
     * never dropped.
     */
    void failed(Throwable error, Consumer<Throwable> unhandled) {
        try {
            (onFailure == null ? unhandled : onFailure).accept(error);
        } finally {
            onFinished.run();
        }
    }
}
