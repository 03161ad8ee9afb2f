package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedSourceProvider;
import java.nio.file.Path;
import java.util.Map;

/** Ordered data stores of {@code sandbox} and {@code sqlite:PATH} (option {@code readOnly=true}). */
public final class SqliteOrderedSourceProvider implements OrderedSourceProvider {
    @Override
    public boolean supports(String spec) {
        return spec.equals(SqliteProfileSourceProvider.SANDBOX) || spec.startsWith("sqlite:");
    }

    @Override
    public OrderedSource open(String spec, Map<String, String> options) {
        Path file = spec.equals(SqliteProfileSourceProvider.SANDBOX) ? SqliteProfileSourceProvider.sandboxFile()
                : Path.of(spec.substring("sqlite:".length()));
        if (file.toString().isBlank()) {
            throw new InvalidInputException("sqlite: needs a file path, e.g. sqlite:/tmp/store.db", "--source");
        }
        return new SqliteOrderedSource(file, Boolean.parseBoolean(options.getOrDefault("readOnly", "false")));
    }
}
