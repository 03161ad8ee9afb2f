package dev.profilelens.core.audit;

import java.nio.file.Path;

/** Opens the local audit log file; implemented by a connector and registered with ServiceLoader and loaded once by
 * {@code core.provider.Providers}. */
public interface AuditLogProvider {
    AuditLog open(Path file);
}
