package dev.profilelens.app.editor;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditLogProvider;
import dev.profilelens.core.edit.SavePipeline;
import dev.profilelens.core.store.DataDirectory;
import java.time.Clock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Builds the save pipeline for a connection with the app's audit log (a local SQLite file opened on first use, on a
 * background thread). Shared by every editor and the audit log viewer.
 */
public final class Saver implements AutoCloseable {
    private final Supplier<AuditLog> opener;
    private final Clock clock;
    private @Nullable AuditLog log;

    public Saver(Supplier<AuditLog> opener, Clock clock) {
        this.opener = opener;
        this.clock = clock;
    }

    /** The audit log in the ProfileLens data folder. */
    public static Saver standard(Clock clock) {
        return new Saver(() -> AuditLogProvider.openDefault(DataDirectory.auditLog()), clock);
    }

    /** Call off the FX thread: opens the audit log the first time. */
    public synchronized AuditLog auditLog() {
        if (log == null) {
            log = opener.get();
        }
        return log;
    }

    /** Call off the FX thread. */
    public SavePipeline pipeline(ConnectionSession session) {
        return new SavePipeline(session.source(), auditLog(), clock, System.getProperty("user.name", "unknown"),
                session.connection().name());
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
