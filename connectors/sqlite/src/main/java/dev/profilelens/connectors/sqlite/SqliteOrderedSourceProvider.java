package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedSourceProvider;
import dev.profilelens.core.store.ContextAware;
import dev.profilelens.core.store.ProviderContext;
import java.util.Map;

/** Ordered data stores of {@code sandbox} and {@code sqlite:PATH} (option {@code readOnly=true}). */
public final class SqliteOrderedSourceProvider implements OrderedSourceProvider, ContextAware {
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
    public OrderedSource open(String spec, Map<String, String> options) {
        return new SqliteOrderedSource(specs.file(spec), Boolean.parseBoolean(options.getOrDefault("readOnly",
                "false")));
    }
}
