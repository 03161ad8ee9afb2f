package dev.profilelens.connectors.sqlite.audit;

import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditLogProvider;
import java.nio.file.Path;

/** ServiceLoader entry for the SQLite audit log. */
public final class SqliteAuditLogProvider implements AuditLogProvider {
    @Override
    public AuditLog open(Path file) {
        return new SqliteAuditLog(file);
    }
}
