package dev.profilelens.core.team;

import java.util.Optional;

/**
 * The operating system's secret store (keychain), for secrets that are not a connector's own (the team database
 * password). A connector registers one with ServiceLoader; calls may block briefly and never run on the FX thread.
 */
public interface SecretStore {
    /** The stored secret, or empty when there is none or no keychain answers. */
    Optional<String> find(String service, String account);

    /** Stores the secret; false when no keychain is available. */
    boolean save(String service, String account, String secret);

    /** Removes a stored secret; false when there was none or no keychain answers. */
    boolean delete(String service, String account);
}
