package dev.profilelens.core.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads by name: the one place our background threads are made. A daemon never keeps the JVM running, so
 * a window closed or a command finished ends the process whatever work is still queued.
 */
public final class Daemons {
    private Daemons() {
    }

    /** Starts {@code work} on a new daemon thread called {@code name} and returns the thread. */
    public static Thread start(String name, Runnable work) {
        Thread t = thread(name, work);
        t.start();
        return t;
    }

    /** A daemon thread called {@code name} that will run {@code work}, not started yet. */
    public static Thread thread(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        return t;
    }

    /** Makes daemon threads all called {@code name}: for an executor of one thread. */
    public static ThreadFactory named(String name) {
        return work -> thread(name, work);
    }

    /** Makes daemon threads called {@code prefix-1}, {@code prefix-2}, ...: for a pool. */
    public static ThreadFactory numbered(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return work -> thread(prefix + "-" + n.incrementAndGet(), work);
    }
}
