package dev.profilelens.core.ordered;

import java.util.Map;

/**
 * Opens ordered sources from the same source specs as profile sources (cli.md {@code --source}); connectors
 * register implementations with ServiceLoader.
 */
public interface OrderedSourceProvider {
    boolean supports(String spec);

    OrderedSource open(String spec, Map<String, String> options);
}
