package dev.profilelens.core.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What the process that loads the connectors gives each of them once (ADR 0221): the data directory (where the
 * sandbox lives) and the clock. A provider that needs it implements {@link ContextAware}.
 */
public record ProviderContext(Path dataDirectory, Clock clock) {
    /** The bundled sandbox's file in the data directory. */
    public Path sandboxFile() {
        return dataDirectory.resolve("sandbox.db");
    }
}
