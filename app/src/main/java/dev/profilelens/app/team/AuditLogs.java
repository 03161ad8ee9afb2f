package dev.profilelens.app.team;

import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.provider.Providers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which audit log this ProfileLens records in and reads, decided in one place for the windows and the command line
 * (issue #18 item 1): the team log when Settings → Team (or {@code profilelens team join}) set one up, else the
 * local log file in the data folder. Every call may block: off the FX thread.
 */
public final class AuditLogs {
    /** The local log's file name in the data directory. */
    public static final String LOCAL_FILE = "audit.db";
    private final TeamAccess team;
    private final Providers providers;
    private final Path home;

    public AuditLogs(TeamAccess team, Providers providers, Path home) {
        this.team = team;
        this.providers = providers;
        this.home = home;
    }

    /** The log to read: the team's when configured, else the local file. */
    public AuditLog forReading() {
        Optional<TeamConfig> config = team.config();
        return config.isPresent() ? team.openLog(config.get()) : local();
    }

    /**
     * The log to record writes in. With a team log, a viewer is refused and an unreachable database reported
     * ({@link TeamAccess#UNREACHABLE}) before anything is written.
     */
    public AuditLog forWriting() {
        AuditLog log = forReadingOrUnreachable();
        try {
            return writable(log);
        } catch (RuntimeException e) {
            if (log instanceof TeamAuditLog team) {
                team.close();
            }
            throw e;
        }
    }

    /** A log opened for reading, checked before it records a write (see {@link #forWriting()}); stays open. */
    public static AuditLog writable(AuditLog log) {
        if (log instanceof TeamAuditLog team) {
            team.requireWritable();
        }
        return log;
    }

    private AuditLog forReadingOrUnreachable() {
        try {
            return forReading();
        } catch (UnavailableException e) {
            throw unreachable(e);
        }
    }

    /** What a write says when its log cannot be opened: nothing was written, and why. */
    public static UnavailableException unreachable(UnavailableException e) {
        return new UnavailableException(TeamAccess.UNREACHABLE + " (" + e.getMessage() + ")", e);
    }

    /** The local log file (created with the data folder on first use). */
    public AuditLog local() {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return providers.openAuditLog(home.resolve(LOCAL_FILE));
    }
}
