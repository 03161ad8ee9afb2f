package dev.profilelens.app.connection;

import dev.profilelens.core.provider.Providers;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API keys entered in the connection dialog: kept in memory for this session and handed to the connector to keep
 * in the OS keychain when one answers (never a settings file, never shown again). Connections opened in a later
 * session find the key in the keychain through the connector; without a keychain, {@code PROFILELENS_API_KEY}.
 */
public final class ApiKeys {
    private final Map<String, String> bySpec = new ConcurrentHashMap<>();
    private final Providers providers;

    public ApiKeys(Providers providers) {
        this.providers = providers;
    }

    /**
     * Remembers the key now and saves it to the keychain in the background (the keychain may take a moment; never
     * on the FX thread). The future says whether the keychain took it.
     */
    public CompletableFuture<Boolean> put(String spec, String key) {
        bySpec.put(spec, key);
        if (!spec.startsWith("opencloud:")) {
            return CompletableFuture.completedFuture(false);
        }
        return CompletableFuture.supplyAsync(() -> providers.saveCredential(spec, key));
    }

    public Optional<String> get(String spec) {
        return Optional.ofNullable(bySpec.get(spec));
    }
}
