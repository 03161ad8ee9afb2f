package dev.profilelens.app.cli;

import dev.profilelens.app.team.AuditLogs;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.edit.Handover;
import dev.profilelens.core.edit.SavePipeline;
import dev.profilelens.core.edit.SaveUseCase;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSources;
import dev.profilelens.core.updates.Delivery;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** A source plus the save pipeline and audit log that every CLI write goes through (design.md §3). */
final class WriteSession implements AutoCloseable {
    private final ProfileSource source;
    private final AuditLog audit;
    private final SavePipeline pipeline;

    private WriteSession(ProfileSource source, AuditLog audit, String connection) {
        this.source = source;
        this.audit = audit;
        this.pipeline = new SavePipeline(source, audit, Clock.systemUTC(), osUser(), connection);
    }

    /**
     * With a team database configured, writes are logged there and refused (nothing written) when it cannot be
     * reached or the login is a viewer; otherwise the local log file.
     */
    static WriteSession open(String spec) {
        AuditLog audit = AuditLogs.forWriting();
        try {
            return new WriteSession(ProfileSources.open(spec, Map.of()), audit, spec);
        } catch (RuntimeException e) {
            closeLog(audit);
            throw e;
        }
    }

    /** The log {@code profilelens log} reads: the team log when configured, else the local file. */
    static AuditLog openReadLog(List<AutoCloseable> toClose) {
        AuditLog log = AuditLogs.forReading();
        if (log instanceof AutoCloseable c) {
            toClose.add(c);
        }
        return log;
    }

    static AuditLog openAuditLog() {
        return AuditLogs.local();
    }

    static String osUser() {
        return AuditLogs.osUser();
    }

    ProfileSource source() {
        return source;
    }

    AuditLog audit() {
        return audit;
    }

    SavePipeline pipeline() {
        return pipeline;
    }

    /** The one save use case (intents applied to the latest value). */
    SaveUseCase useCase() {
        return pipeline.useCase();
    }

    Delivery delivery() {
        return new Delivery(pipeline, source);
    }

    Handover handover() {
        return new Handover(pipeline, source, Clock.systemUTC());
    }

    @Override
    public void close() {
        source.close();
        closeLog(audit);
    }

    private static void closeLog(AuditLog audit) {
        if (audit instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not close the audit log", e);
            }
        }
    }
}
