package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.mirror.MirrorTarget;
import java.nio.file.Path;

/** {@code sqlite:PATH} as a mirror target, found through ServiceLoader so the app names no connector. */
public final class SqliteMirrorTargetProvider implements MirrorTarget.Provider {
    private static final String PREFIX = "sqlite:";

    @Override
    public boolean accepts(String spec) {
        return spec.startsWith(PREFIX) && spec.length() > PREFIX.length();
    }

    @Override
    public MirrorTarget open(String spec) {
        return new SqliteMirrorTarget(Path.of(spec.substring(PREFIX.length())));
    }
}
