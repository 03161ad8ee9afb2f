package dev.profilelens.core.mirror;

import java.util.Optional;
import java.util.ServiceLoader;

/** Opens a mirror target from a spec ({@code sqlite:PATH}); connectors register one with ServiceLoader. */
public interface MirrorTargetProvider {
    /** The target for {@code spec}, or empty when this provider does not handle that kind of spec. */
    Optional<MirrorTarget> open(String spec);

    /** The first registered provider that opens {@code spec}, or empty. */
    static Optional<MirrorTarget> find(String spec) {
        for (MirrorTargetProvider p : ServiceLoader.load(MirrorTargetProvider.class)) {
            Optional<MirrorTarget> t = p.open(spec);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }
}
