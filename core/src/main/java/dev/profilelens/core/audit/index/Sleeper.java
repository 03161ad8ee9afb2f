package dev.profilelens.core.audit.index;

import java.time.Duration;

/** Waits; injected so tests run paced scans in virtual time. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    static Sleeper real() {
        return d -> Thread.sleep(d.toMillis());
    }
}
