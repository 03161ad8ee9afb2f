package dev.profilelens.app.cli;

import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditLogProvider;
import dev.profilelens.core.edit.Handover;
import dev.profilelens.core.edit.SavePipeline;
import dev.profilelens.core.edit.SaveUseCase;
import dev.profilelens.core.store.DataDirectory;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSources;
import dev.profilelens.core.updates.Delivery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
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

    static WriteSession open(String spec) {
        AuditLog audit = openAuditLog();
        return new WriteSession(ProfileSources.open(spec, Map.of()), audit, spec);
    }

    static AuditLog openAuditLog() {
        try {
            Files.createDirectories(DataDirectory.resolve());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuditLogProvider.openDefault(DataDirectory.auditLog());
    }

    static String osUser() {
        return System.getProperty("user.name", "unknown");
    }

    ProfileSource source() {
        return source;
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
        if (audit instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not close the audit log", e);
            }
        }
    }
}
