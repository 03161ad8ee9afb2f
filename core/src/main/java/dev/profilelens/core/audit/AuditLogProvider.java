package dev.profilelens.core.audit;

import dev.profilelens.core.error.InvalidInputException;
import java.nio.file.Path;
import java.util.ServiceLoader;

/** Opens the local audit log file; implemented by a connector and found with ServiceLoader. */
public interface AuditLogProvider {
    AuditLog open(Path file);

    /** The first registered provider's log at {@code file}. */
    static AuditLog openDefault(Path file) {
        for (AuditLogProvider p : ServiceLoader.load(AuditLogProvider.class)) {
            return p.open(file);
        }
        throw new InvalidInputException("No audit log implementation is installed");
    }
}
