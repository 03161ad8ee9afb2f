package dev.profilelens.connectors.opencloud;

import com.github.javakeyring.Keyring;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Secrets (Open Cloud API keys, the team database password) in the OS keychain: macOS Keychain, Windows Credential
 * Manager, the Secret Service on Linux, through java-keyring ({@link #system()}). Where no keychain answers (a
 * headless Linux without a Secret Service) every call reports "not available" within the timeout and callers fall
 * back to {@code PROFILELENS_API_KEY}. Secrets are never logged. Tests give it a {@link Backend} of their own, so no
 * test writes to a developer's real keychain.
 */
public final class Keychain {
    static final String SERVICE = "ProfileLens Open Cloud";
    private static final Duration SYSTEM_TIMEOUT = Duration.ofSeconds(2);
    private static @Nullable Keychain system;

    /** The three calls a keychain answers; any exception means "not available". */
    public interface Backend {
        @Nullable String get(String service, String account) throws Exception;

        void set(String service, String account, String secret) throws Exception;

        void delete(String service, String account) throws Exception;
    }

    private final Backend backend;
    private final Duration timeout;

    public Keychain(Backend backend, Duration timeout) {
        this.backend = backend;
        this.timeout = timeout;
    }

    /** The OS keychain, opened per call (java-keyring), shared by everything in this process. */
    public static synchronized Keychain system() {
        if (system == null) {
            system = new Keychain(new JavaKeyringBackend(), SYSTEM_TIMEOUT);
        }
        return system;
    }

    /** The keychain account for a universe at a base URL (the real service has the plain universe id). */
    public static String account(String universe, String base) {
        return OpenCloudProvider.REAL_BASE.equals(base) ? "universe:" + universe : "universe:" + universe + "@" + base;
    }

    /** The stored Open Cloud key, or empty when there is none or no keychain answers. */
    public Optional<String> find(String account) {
        return find(SERVICE, account);
    }

    /** The secret stored for a ProfileLens service, or empty. */
    public Optional<String> find(String service, String account) {
        return call(() -> {
            String v = backend.get(service, account);
            return v == null || v.isBlank() ? null : v;
        });
    }

    /** Stores an Open Cloud key; false when no keychain is available (the caller keeps it for this session). */
    public boolean save(String account, String key) {
        return save(SERVICE, account, key);
    }

    public boolean save(String service, String account, String secret) {
        return call(() -> {
            backend.set(service, account, secret);
            return Boolean.TRUE;
        }).orElse(false);
    }

    /** Removes a stored Open Cloud key; false when there was none or no keychain answers. */
    public boolean delete(String account) {
        return delete(SERVICE, account);
    }

    public boolean delete(String service, String account) {
        return call(() -> {
            backend.delete(service, account);
            return Boolean.TRUE;
        }).orElse(false);
    }

    private interface Call<T> {
        @Nullable T run() throws Exception;
    }

    private <T> Optional<T> call(Call<T> action) {
        try {
            // Some backends block on a missing session bus; never let that hang a save or a connect.
            return Optional.ofNullable(CompletableFuture.supplyAsync(() -> {
                try {
                    return action.run();
                } catch (Exception | LinkageError e) {
                    return null;
                }
            }).get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }
    }

    /** java-keyring: one native keyring per call, closed after it. */
    private static final class JavaKeyringBackend implements Backend {
        @Override
        public @Nullable String get(String service, String account) throws Exception {
            try (Keyring k = Keyring.create()) {
                return k.getPassword(service, account);
            }
        }

        @Override
        public void set(String service, String account, String secret) throws Exception {
            try (Keyring k = Keyring.create()) {
                k.setPassword(service, account, secret);
            }
        }

        @Override
        public void delete(String service, String account) throws Exception {
            try (Keyring k = Keyring.create()) {
                k.deletePassword(service, account);
            }
        }
    }
}
