package dev.profilelens.core.mirror;

import java.util.Optional;

/** Opens a mirror target from a spec ({@code sqlite:PATH}); connectors register one with ServiceLoader. */
public interface MirrorTargetProvider {
    /** The target for {@code spec}, or empty when this provider does not handle that kind of spec. */
    Optional<MirrorTarget> open(String spec);
}
