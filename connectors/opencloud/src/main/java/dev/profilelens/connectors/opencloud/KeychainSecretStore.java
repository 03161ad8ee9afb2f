package dev.profilelens.connectors.opencloud;

import dev.profilelens.core.team.SecretStore;
import java.util.Optional;

/** The OS keychain ({@link Keychain}) behind core's {@link SecretStore} port, for secrets of other services. */
public final class KeychainSecretStore implements SecretStore {
    private final Keychain keychain;

    public KeychainSecretStore() {
        this(Keychain.system());
    }

    KeychainSecretStore(Keychain keychain) {
        this.keychain = keychain;
    }

    @Override
    public Optional<String> find(String service, String account) {
        return keychain.find(service, account);
    }

    @Override
    public boolean save(String service, String account, String secret) {
        return keychain.save(service, account, secret);
    }

    @Override
    public boolean delete(String service, String account) {
        return keychain.delete(service, account);
    }
}
