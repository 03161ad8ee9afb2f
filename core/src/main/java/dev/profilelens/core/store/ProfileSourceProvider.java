package dev.profilelens.core.store;

import java.util.Map;

/**
 * Opens sources from a source spec (cli.md: {@code sandbox}, {@code sqlite:PATH}, {@code opencloud:U},
 * {@code opencloud:U@http://127.0.0.1:PORT}). Connectors register implementations with ServiceLoader
 * ({@code META-INF/services/dev.profilelens.core.store.ProfileSourceProvider}).
 */
public interface ProfileSourceProvider {
    /** True when this provider understands the spec's scheme. */
    boolean supports(String spec);

    /**
     * Opens the source. {@code options} carries settings such as {@code readOnly=true} or an API key.
     *
     * @throws dev.profilelens.core.error.InspectorException with a user message when it cannot be opened
     */
    ProfileSource open(String spec, Map<String, String> options);

    /**
     * Keeps a credential (an API key) for the spec in the operating system's secret store, so later sessions find it
     * without asking; false when this kind of source needs none or no secret store is available. May block for a
     * moment: never call it on the UI thread.
     */
    default boolean saveCredential(String spec, String secret) {
        return false;
    }
}
