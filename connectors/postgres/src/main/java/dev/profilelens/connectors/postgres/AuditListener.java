package dev.profilelens.connectors.postgres;

import dev.profilelens.core.concurrent.Daemons;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * LISTENs on the audit channel on a connection of its own and calls back on its own daemon thread. When the
 * connection drops it connects again (every {@link #RETRY_MILLIS}) and calls back once, since changes may have been
 * missed while it was away.
 */
final class AuditListener implements AutoCloseable {
    static final int RETRY_MILLIS = 2000;
    private static final int POLL_MILLIS = 500;
    private final TeamDatabase db;
    private final String channel;
    private final Runnable onChange;
    private final Thread thread;
    private volatile boolean closed;

    private AuditListener(TeamDatabase db, String channel, Runnable onChange) {
        this.db = db;
        this.channel = channel;
        this.onChange = onChange;
        this.thread = Daemons.thread("profilelens-team-listen", this::run);
    }

    static AuditListener start(TeamDatabase db, String channel, Runnable onChange) {
        AuditListener l = new AuditListener(db, channel, onChange);
        l.thread.start();
        return l;
    }

    private void run() {
        boolean missed = false;
        while (!closed) {
            try (Connection c = db.dedicatedConnection(); Statement s = c.createStatement()) {
                s.execute("LISTEN \"" + channel + "\"");
                if (missed) {
                    onChange.run();
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] got = pg.getNotifications(POLL_MILLIS);
                    if (got != null && got.length > 0) {
                        onChange.run();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                missed = true;
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(POLL_MILLIS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
