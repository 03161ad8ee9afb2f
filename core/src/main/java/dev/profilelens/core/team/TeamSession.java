package dev.profilelens.core.team;

import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.index.AuditIndex;

/** An open team database: its shared log, shared indexes and catalog, as the login's role allows. */
public interface TeamSession extends AutoCloseable {
    TeamSettings settings();

    /** The login's role when it connected (the database enforces it regardless). */
    TeamRole role();

    /** The shared audit log: two-step recording, live updates through {@link AuditLog#subscribe}. */
    AuditLog auditLog();

    /** The shared index called {@code name} (one per source and scan spec). */
    AuditIndex index(String name);

    TeamCatalog catalog();

    @Override
    void close();
}
