package dev.profilelens.app.connection;

import dev.profilelens.connectors.opencloud.Keychain;
import dev.profilelens.connectors.opencloud.OpenCloudProvider;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API keys entered in the connection dialog: kept in memory for this session and saved to the OS keychain when one
 * answers (never to a settings file, never shown again). Connections opened later in another session find the key
 * in the keychain through the Open Cloud connector; without a keychain, {@code PROFILELENS_API_KEY} remains.
 */
public final class ApiKeys {
    private final Map<String, String> bySpec = new ConcurrentHashMap<>();

    /**
     * Remembers the key now and saves it to the keychain in the background (the keychain may take a moment; never
     * on the FX thread). The future says whether the keychain took it.
     */
    public CompletableFuture<Boolean> put(String spec, String key) {
        bySpec.put(spec, key);
        Optional<String> account = account(spec);
        if (account.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        return CompletableFuture.supplyAsync(() -> Keychain.save(account.get(), key));
    }

    public Optional<String> get(String spec) {
        return Optional.ofNullable(bySpec.get(spec));
    }

    /** The keychain account of an {@code opencloud:} spec; empty for other kinds of connection. */
    static Optional<String> account(String spec) {
        if (!spec.startsWith("opencloud:")) {
            return Optional.empty();
        }
        String rest = spec.substring("opencloud:".length());
        int at = rest.indexOf('@');
        return at < 0 ? Optional.of(Keychain.account(rest, OpenCloudProvider.REAL_BASE))
                : Optional.of(Keychain.account(rest.substring(0, at), rest.substring(at + 1).replaceAll("/+$", "")));
    }
}
