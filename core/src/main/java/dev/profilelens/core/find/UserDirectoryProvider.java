package dev.profilelens.core.find;

import java.util.Optional;

/**
 * Opens the user directory that goes with a source spec (cli.md {@code --source}); connectors register
 * implementations with ServiceLoader like {@code ProfileSourceProvider}.
 */
public interface UserDirectoryProvider {
    /** The directory for {@code spec}, or empty when this provider does not serve that kind of source. */
    Optional<UserDirectory> open(String spec);
}
