package dev.profilelens.connectors.opencloud;

import com.github.javakeyring.Keyring;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Open Cloud API keys in the OS keychain (macOS Keychain, Windows Credential Manager, the Secret Service on Linux)
 * through java-keyring. Where no keychain answers (a headless Linux without a Secret Service) every call reports
 * "not available" within two seconds and callers fall back to {@code PROFILELENS_API_KEY}. Keys are never logged.
 */
public final class Keychain {
    static final String SERVICE = "ProfileLens Open Cloud";
    private static final long TIMEOUT_SECONDS = 2;

    private Keychain() {
    }

    /** The keychain account for a universe at a base URL (the real service has the plain universe id). */
    public static String account(String universe, String base) {
        return OpenCloudProvider.REAL_BASE.equals(base) ? "universe:" + universe : "universe:" + universe + "@" + base;
    }

    /** The stored key, or empty when there is none or no keychain answers. */
    public static Optional<String> find(String account) {
        return find(SERVICE, account);
    }

    /** The secret stored for another ProfileLens service (e.g. the team database), or empty. */
    static Optional<String> find(String service, String account) {
        return call(k -> {
            String v = k.getPassword(service, account);
            return v == null || v.isBlank() ? null : v;
        });
    }

    /** Stores the key; false when no keychain is available (the caller keeps it for this session only). */
    public static boolean save(String account, String key) {
        return save(SERVICE, account, key);
    }

    static boolean save(String service, String account, String secret) {
        return call(k -> {
            k.setPassword(service, account, secret);
            return Boolean.TRUE;
        }).orElse(false);
    }

    /** Removes a stored key; false when there was none or no keychain answers. */
    public static boolean delete(String account) {
        return delete(SERVICE, account);
    }

    static boolean delete(String service, String account) {
        return call(k -> {
            k.deletePassword(service, account);
            return Boolean.TRUE;
        }).orElse(false);
    }

    private interface KeyringCall<T> {
        @Nullable T apply(Keyring k) throws Exception;
    }

    private static <T> Optional<T> call(KeyringCall<T> action) {
        Function<@Nullable Void, @Nullable T> run = v -> {
            try (Keyring k = Keyring.create()) {
                return action.apply(k);
            } catch (Exception | LinkageError e) {
                return null;
            }
        };
        try {
            // Some backends block on a missing session bus; never let that hang a save or a connect.
            return Optional.ofNullable(CompletableFuture.supplyAsync(() -> run.apply(null))
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
