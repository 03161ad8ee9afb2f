package dev.profilelens.app.cli;

import dev.profilelens.app.env.Environment;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.bulk.BulkRun;
import dev.profilelens.core.edit.Handover;
import dev.profilelens.core.edit.SavePipeline;
import dev.profilelens.core.edit.SaveUseCase;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.updates.Delivery;
import java.util.List;
import java.util.Map;

/** A source plus the save pipeline and audit log that every CLI write goes through (design.md §3). */
final class WriteSession implements AutoCloseable {
    private final ProfileSource source;
    private final AuditLog audit;
    private final SavePipeline pipeline;
    private final String connection;

    private final Environment env;

    private WriteSession(Environment env, ProfileSource source, AuditLog audit, String connection) {
        this.env = env;
        this.source = source;
        this.audit = audit;
        this.connection = connection;
        this.pipeline = new SavePipeline(source, audit, env.clock(), env.user(), connection);
    }

    /**
     * With a team database configured, writes are logged there and refused (nothing written) when it cannot be
     * reached or the login is a viewer; otherwise the local log file.
     */
    static WriteSession open(Environment env, String spec) {
        AuditLog audit = env.auditLogs().forWriting();
        try {
            return new WriteSession(env, env.providers().openSource(spec, Map.of()), audit, spec);
        } catch (RuntimeException e) {
            closeLog(audit);
            throw e;
        }
    }

    /** The log {@code profilelens log} reads: the team log when configured, else the local file. */
    static AuditLog openReadLog(Environment env, List<AutoCloseable> toClose) {
        AuditLog log = env.auditLogs().forReading();
        if (log instanceof AutoCloseable c) {
            toClose.add(c);
        }
        return log;
    }

    static AuditLog openAuditLog(Environment env) {
        return env.auditLogs().local();
    }

    ProfileSource source() {
        return source;
    }

    AuditLog audit() {
        return audit;
    }

    String connection() {
        return connection;
    }

    SavePipeline pipeline() {
        return pipeline;
    }

    /** The one save use case (intents applied to the latest value). */
    SaveUseCase useCase() {
        return pipeline.useCase();
    }

    /** The bulk edit use case on this session's source and log; journals live in the data directory. */
    BulkRun bulkRun() {
        return new BulkRun(source, audit, env.clock(), env.user(), connection, env.file("batches"));
    }

    Delivery delivery() {
        return new Delivery(pipeline, source);
    }

    Handover handover() {
        return new Handover(pipeline, source, env.clock());
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
