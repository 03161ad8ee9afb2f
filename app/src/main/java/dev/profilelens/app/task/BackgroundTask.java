package dev.profilelens.app.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work for the {@link TaskExecutor}: {@code work} runs off the FX thread; the callbacks run on the FX thread (or
 * the caller's thread in tests). Built fluently: {@code BackgroundTask.of(() -> read()).onSuccess(show)}.
 */
public final class BackgroundTask<T> {
    private final String title;
    private final Callable<T> work;
    private Consumer<T> onSuccess = v -> { };
    private Consumer<Throwable> onFailure = e -> { };
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

    void failed(Throwable error) {
        try {
            onFailure.accept(error);
        } finally {
            onFinished.run();
        }
    }
}
