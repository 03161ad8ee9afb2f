package dev.profilelens.core.mirror;

import dev.profilelens.core.concurrent.Daemons;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs a producer on its own thread a few items ahead of the caller, so a mirror reads the next page while the
 * caller commits the last one (ADR 0172). The producer's failure is rethrown to the caller by {@link #next};
 * {@link #close} stops the producer (its next hand-over refuses) and waits briefly for it.
 */
final class PageAhead<T> implements AutoCloseable {
    /** The producer: hands items over with {@code put} (false once the caller stopped) and says if it finished. */
    @FunctionalInterface
    interface Producer<T> {
        boolean run(Predicate<T> put);
    }

    private record End(boolean complete) {
    }

    private record Failed(Throwable error) {
    }

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean stopped;
    private boolean complete;

    PageAhead(String name, int ahead, Producer<T> producer) {
        this.queue = new ArrayBlockingQueue<>(ahead + 1);
        this.thread = Daemons.start(name, () -> {
            Object last;
            try {
                last = new End(producer.run(this::put));
            } catch (Throwable e) {
                last = new Failed(e);
            }
            put(last);
        });
    }

    private boolean put(Object item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /**
     * The next item, or empty once the producer ended ({@link #complete()} says whether it finished). Rethrows the
     * producer's failure.
     */
    @SuppressWarnings("unchecked")
    Optional<T> next() throws InterruptedException {
        Object o = queue.take();
        if (o instanceof End e) {
            complete = e.complete();
            return Optional.empty();
        }
        if (o instanceof Failed f) {
            if (f.error() instanceof RuntimeException r) {
                throw r;
            }
            if (f.error() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(f.error());
        }
        return Optional.of((T) o);
    }

    /** True when the producer ran to its end (not cancelled), once {@link #next} returned empty. */
    boolean complete() {
        return complete;
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        boolean interrupted = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
