package dev.profilelens.connectors.opencloud;

import dev.profilelens.core.team.SecretStore;
import java.util.Optional;

/** The OS keychain ({@link Keychain}) behind core's {@link SecretStore} port, for secrets of other services. */
public final class KeychainSecretStore implements SecretStore {
    @Override
    public Optional<String> find(String service, String account) {
        return Keychain.find(service, account);
    }

    @Override
    public boolean save(String service, String account, String secret) {
        return Keychain.save(service, account, secret);
    }

    @Override
    public boolean delete(String service, String account) {
        return Keychain.delete(service, account);
    }
}
