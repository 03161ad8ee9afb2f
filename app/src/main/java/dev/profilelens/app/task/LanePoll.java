package dev.profilelens.app.task;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Reads something again every period on a lane (a connection's ordered worker, so each read is paced with the rest
 * of that connection's calls), one read at a time, until the answer says it is over or the poll is stopped. No
 * thread waits between reads: an FX timeline starts each one. Answers and failures arrive on the FX thread; a
 * failure stops the poll. Start and stop on the FX thread.
 */
public final class LanePoll<T> {
    private final TaskExecutor tasks;
    private final Supplier<Executor> lane;
    private final String title;
    private final Callable<T> read;
    private final Predicate<T> goOn;
    private final Consumer<Throwable> onFailure;
    private final Timeline timeline;
    private boolean busy;
    private int generation;

    /**
     * {@code goOn} receives each answer and says whether to read again; {@code lane} is asked before each read (the
     * edited key's connection may change).
     */
    public LanePoll(TaskExecutor tasks, Duration every, Supplier<Executor> lane, String title, Callable<T> read,
                    Predicate<T> goOn, Consumer<Throwable> onFailure) {
        this.tasks = tasks;
        this.lane = lane;
        this.title = title;
        this.read = read;
        this.goOn = goOn;
        this.onFailure = onFailure;
        this.timeline = new Timeline(new KeyFrame(every, e -> tick()));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    /** Starts polling; the first read now when {@code readNow}, else one period from now. */
    public void start(boolean readNow) {
        stop();
        generation++;
        timeline.play();
        if (readNow) {
            tick();
        }
    }

    /** Stops polling; an answer still on its way is dropped. */
    public void stop() {
        timeline.stop();
        generation++;
        busy = false;
    }

    public boolean running() {
        return timeline.getStatus() == Timeline.Status.RUNNING;
    }

    private void tick() {
        if (busy) {
            return;
        }
        busy = true;
        int mine = generation;
        tasks.execute(BackgroundTask.of(title, read)
                .onSuccess(answer -> {
                    if (mine != generation) {
                        return;
                    }
                    busy = false;
                    if (!goOn.test(answer)) {
                        stop();
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        stop();
                        onFailure.accept(e);
                    }
                }), lane.get());
    }
}
