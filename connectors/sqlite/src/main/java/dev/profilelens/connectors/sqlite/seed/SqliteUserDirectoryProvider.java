package dev.profilelens.connectors.sqlite.seed;

import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.connectors.sqlite.SqliteProfileSourceProvider;
import dev.profilelens.core.find.UserDirectory;
import dev.profilelens.core.find.UserDirectoryProvider;
import dev.profilelens.core.store.ContextAware;
import dev.profilelens.core.store.ProviderContext;
import java.util.Map;
import java.util.Optional;

/** The user directory of {@code sandbox} and {@code sqlite:PATH}: the players held in that store. */
public final class SqliteUserDirectoryProvider implements UserDirectoryProvider, ContextAware {
    private final SqliteProfileSourceProvider sources = new SqliteProfileSourceProvider();

    @Override
    public void attach(ProviderContext context) {
        sources.attach(context);
    }

    @Override
    public Optional<UserDirectory> open(String spec) {
        if (!sources.supports(spec)) {
            return Optional.empty();
        }
        return Optional.of(new SandboxUsers(() -> {
            try (SqliteProfileSource s = (SqliteProfileSource) sources.open(spec, Map.of("readOnly", "true"))) {
                return s.userIds();
            }
        }, spec));
    }
}
