package dev.profilelens.core.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Auto-save spread over the loaded profiles (spec §4): one save every {@code period / N}, round robin, skipping
 * profiles loaded less than {@code freshSkip} ago (the next eligible one is taken instead).
 */
final class AutoSaver {
    private final SessionServer server;
    private final List<Profile> order = new ArrayList<>();
    private int cursor;
    private Scheduler.Task next;

    AutoSaver(SessionServer server) {
        this.server = server;
        this.next = server.later(server.config().autoSavePeriod(), this::tick);
    }

    void add(Profile p) {
        order.add(p);
    }

    void remove(Profile p) {
        int i = order.indexOf(p);
        if (i >= 0) {
            order.remove(i);
            if (i < cursor) {
                cursor--;
            }
        }
    }

    /** A manual save moves the profile just behind the cursor (its timer restarts). */
    void touched(Profile p) {
        remove(p);
        cursor = Math.min(cursor, order.size());
        order.add(cursor, p);
        cursor++;
    }

    void stop() {
        next.cancel();
    }

    private void tick() {
        int n = order.size();
        Duration period = server.config().autoSavePeriod();
        if (n > 0 && !server.isShuttingDown()) {
            Instant now = server.scheduler().clock().instant();
            for (int k = 0; k < n; k++) {
                int i = (cursor + k) % n;
                Profile p = order.get(i);
                if (!Duration.between(p.loadedAt(), now).minus(server.config().freshSkip()).isNegative()) {
                    cursor = (i + 1) % n;
                    server.autoSave(p);
                    break;
                }
            }
        }
        Duration wait = n == 0 ? period : period.dividedBy(n);
        next = server.later(wait.isZero() ? Duration.ofMillis(1) : wait, this::tick);
    }
}
