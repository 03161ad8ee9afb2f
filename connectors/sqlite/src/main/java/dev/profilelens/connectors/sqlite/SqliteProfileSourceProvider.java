package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.DataDirectory;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSourceProvider;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Opens {@code sandbox} (the bundled sandbox file in the data directory) and {@code sqlite:PATH}. Options:
 * {@code readOnly=true}, {@code retention=keep-all|roblox}.
 */
public final class SqliteProfileSourceProvider implements ProfileSourceProvider {
    public static final String SANDBOX = "sandbox";

    /** The sandbox file: {@code sandbox.db} in the data directory. */
    public static Path sandboxFile() {
        return DataDirectory.resolve().resolve("sandbox.db");
    }

    @Override
    public boolean supports(String spec) {
        return spec.equals(SANDBOX) || spec.startsWith("sqlite:");
    }

    @Override
    public ProfileSource open(String spec, Map<String, String> options) {
        Path file = spec.equals(SANDBOX) ? sandboxFile() : Path.of(spec.substring("sqlite:".length()));
        if (file.toString().isBlank()) {
            throw new InvalidInputException("sqlite: needs a file path, e.g. sqlite:/tmp/store.db", "--source");
        }
        Retention retention;
        try {
            retention = Retention.parse(options.getOrDefault("retention", "keep-all"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(String.valueOf(e.getMessage()), "retention");
        }
        return new SqliteProfileSource(file, Clock.systemUTC(), retention,
                Boolean.parseBoolean(options.getOrDefault("readOnly", "false")));
    }
}
