package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.ContextAware;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSourceProvider;
import dev.profilelens.core.store.ProviderContext;
import java.nio.file.Path;
import java.util.Map;

/**
 * Opens {@code sandbox} (the bundled sandbox file in the data directory) and {@code sqlite:PATH}. Options:
 * {@code readOnly=true}, {@code retention=keep-all|roblox}.
 */
public final class SqliteProfileSourceProvider implements ProfileSourceProvider, ContextAware {
    public static final String SANDBOX = SqliteSpecs.SANDBOX;
    private final SqliteSpecs specs = new SqliteSpecs();

    @Override
    public void attach(ProviderContext context) {
        specs.attach(context);
    }

    @Override
    public boolean supports(String spec) {
        return SqliteSpecs.supports(spec);
    }

    @Override
    public ProfileSource open(String spec, Map<String, String> options) {
        Path file = specs.file(spec);
        Retention retention;
        try {
            retention = Retention.parse(options.getOrDefault("retention", "keep-all"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(String.valueOf(e.getMessage()), "retention");
        }
        return new SqliteProfileSource(file, specs.clock(), retention,
                Boolean.parseBoolean(options.getOrDefault("readOnly", "false")));
    }
}
