package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.mirror.MirrorTarget;
import dev.profilelens.core.mirror.MirrorTargetProvider;
import java.nio.file.Path;
import java.util.Optional;

/** Opens {@code sqlite:PATH} as a {@link SqliteMirrorTarget}. */
public final class SqliteMirrorTargetProvider implements MirrorTargetProvider {
    @Override
    public Optional<MirrorTarget> open(String spec) {
        if (!spec.startsWith("sqlite:") || spec.length() == "sqlite:".length()) {
            return Optional.empty();
        }
        return Optional.of(new SqliteMirrorTarget(Path.of(spec.substring("sqlite:".length()))));
    }
}
