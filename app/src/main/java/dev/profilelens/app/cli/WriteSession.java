package dev.profilelens.app.cli;

import dev.profilelens.app.team.TeamAccess;
import dev.profilelens.app.team.TeamConfig;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditLogProvider;
import dev.profilelens.core.edit.Handover;
import dev.profilelens.core.edit.SavePipeline;
import dev.profilelens.core.edit.SaveUseCase;
import dev.profilelens.core.store.DataDirectory;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSources;
import dev.profilelens.core.team.TeamSession;
import dev.profilelens.core.updates.Delivery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A source plus the save pipeline and audit log that every CLI write goes through (design.md §3). */
final class WriteSession implements AutoCloseable {
    private final ProfileSource source;
    private final AuditLog audit;
    private final SavePipeline pipeline;
    private final @Nullable TeamSession team;

    private WriteSession(ProfileSource source, AuditLog audit, String connection, @Nullable TeamSession team) {
        this.source = source;
        this.audit = audit;
        this.team = team;
        this.pipeline = new SavePipeline(source, audit, Clock.systemUTC(), osUser(), connection);
    }

    /**
     * With a team database configured, writes are logged there and refused (nothing written) when it cannot be
     * reached or the login is a viewer; otherwise the local log file.
     */
    static WriteSession open(String spec) {
        Optional<TeamConfig> config = TeamConfig.load();
        if (config.isPresent()) {
            TeamSession s = TeamAccess.openForWriting(config.get());
            try {
                return new WriteSession(ProfileSources.open(spec, Map.of()), TeamAccess.log(s, config.get()), spec,
                        s);
            } catch (RuntimeException e) {
                s.close();
                throw e;
            }
        }
        AuditLog audit = openAuditLog();
        return new WriteSession(ProfileSources.open(spec, Map.of()), audit, spec, null);
    }

    /** The log {@code profilelens log} reads: the team log when configured, else the local file. */
    static AuditLog openReadLog(List<AutoCloseable> toClose) {
        Optional<TeamConfig> config = TeamConfig.load();
        if (config.isEmpty()) {
            return openAuditLog();
        }
        TeamSession s = TeamAccess.open(config.get());
        toClose.add(s);
        return TeamAccess.log(s, config.get());
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
        if (team != null) {
            team.close();
        }
        if (audit instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not close the audit log", e);
            }
        }
    }
}
