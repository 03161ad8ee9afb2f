package dev.profilelens.app.editor;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.team.AuditLogs;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.edit.SavePipeline;
import dev.profilelens.core.error.UnavailableException;
import java.time.Clock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Builds the save pipeline for a connection with the app's audit log (a local SQLite file, or the team log when
 * Settings → Team is set; opened on first use, on a background thread). Shared by every editor and the audit log
 * viewer.
 */
public final class Saver implements AutoCloseable {
    private final Supplier<AuditLog> opener;
    private final Clock clock;
    private final String user;
    private @Nullable AuditLog log;

    /** {@code user}: who writes, as every audit entry names them. */
    public Saver(Supplier<AuditLog> opener, Clock clock, String user) {
        this.opener = opener;
        this.clock = clock;
        this.user = user;
    }

    /** Call off the FX thread: opens the audit log the first time. */
    public synchronized AuditLog auditLog() {
        if (log == null) {
            log = opener.get();
        }
        return log;
    }

    /**
     * Call off the FX thread. With a team log, a viewer is refused and an unreachable database reported before
     * anything is written.
     */
    public SavePipeline pipeline(ConnectionSession session) {
        AuditLog log;
        try {
            log = auditLog();
        } catch (UnavailableException e) {
            throw AuditLogs.unreachable(e);
        }
        return new SavePipeline(session.source(), AuditLogs.writable(log), clock, user,
                session.connection().name());
    }

    /** Forgets the open log (the team settings changed): the next use opens the log the settings now name. */
    public void reset() {
        close();
    }

    @Override
    public synchronized void close() {
        if (log instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                // closing at exit: nothing left to save
            }
        }
        log = null;
    }
}
