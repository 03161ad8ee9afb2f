package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.ProviderContext;
import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * The file a {@code sandbox} or {@code sqlite:PATH} spec names. The sandbox's file comes from the
 * {@link ProviderContext} the composition root gives each provider (ADR 0221), never from a global.
 */
public final class SqliteSpecs {
    public static final String SANDBOX = "sandbox";
    private @Nullable ProviderContext context;

    public void attach(ProviderContext given) {
        this.context = given;
    }

    public static boolean supports(String spec) {
        return spec.equals(SANDBOX) || spec.startsWith("sqlite:");
    }

    /** The store file of {@code spec}; a blank path is refused naming {@code --source}. */
    public Path file(String spec) {
        if (spec.equals(SANDBOX)) {
            return sandboxFile();
        }
        Path file = Path.of(spec.substring("sqlite:".length()));
        if (file.toString().isBlank()) {
            throw new InvalidInputException("sqlite: needs a file path, e.g. sqlite:/tmp/store.db", "--source");
        }
        return file;
    }

    /** The bundled sandbox's file in the data directory this provider was given. */
    public Path sandboxFile() {
        ProviderContext c = context;
        if (c == null) {
            throw new IllegalStateException("The sandbox needs the data directory: load providers through Providers");
        }
        return c.sandboxFile();
    }

    public Clock clock() {
        ProviderContext c = context;
        return c == null ? Clock.systemUTC() : c.clock();
    }
}
