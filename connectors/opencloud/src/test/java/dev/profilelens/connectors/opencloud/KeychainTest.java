package dev.profilelens.connectors.opencloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.store.ProfileSource;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The keychain's rules over a backend of the test's own: no test touches the developer's real keychain. */
class KeychainTest {
    /** A keychain in memory that can be made to fail or to hang. */
    static final class MemoryBackend implements Keychain.Backend {
        final Map<String, String> secrets = new HashMap<>();
        boolean broken;
        @Nullable CountDownLatch hang;

        @Override
        public @Nullable String get(String service, String account) throws Exception {
            check();
            return secrets.get(service + "|" + account);
        }

        @Override
        public void set(String service, String account, String secret) throws Exception {
            check();
            secrets.put(service + "|" + account, secret);
        }

        @Override
        public void delete(String service, String account) throws Exception {
            check();
            if (secrets.remove(service + "|" + account) == null) {
                throw new IllegalStateException("no such secret");
            }
        }

        private void check() throws Exception {
            if (hang != null) {
                hang.await();
            }
            if (broken) {
                throw new IllegalStateException("no keychain here");
            }
        }
    }

    private final MemoryBackend backend = new MemoryBackend();
    private final Keychain keychain = new Keychain(backend, Duration.ofMillis(300));

    @Test
    void aSavedKeyIsFoundThenDeleted() {
        String account = Keychain.account("99", "http://127.0.0.1:1");
        assertThat(keychain.save(account, "secret-1")).isTrue();
        assertThat(backend.secrets).containsEntry(Keychain.SERVICE + "|universe:99@http://127.0.0.1:1", "secret-1");
        assertThat(keychain.find(account)).contains("secret-1");
        assertThat(keychain.delete(account)).isTrue();
        assertThat(keychain.find(account)).isEmpty();
        assertThat(keychain.delete(account)).as("nothing left to delete").isFalse();
    }

    @Test
    void aBlankSecretIsNoSecret() {
        backend.secrets.put(Keychain.SERVICE + "|universe:1", "  ");
        assertThat(keychain.find("universe:1")).isEmpty();
    }

    @Test
    void withoutAKeychainNothingIsClaimed() {
        backend.broken = true;
        assertThat(keychain.save("universe:1", "s")).isFalse();
        assertThat(keychain.find("universe:1")).isEmpty();
        assertThat(keychain.delete("universe:1")).isFalse();
    }

    @Test
    void aKeychainThatHangsIsGivenUpOnWithinTheTimeout() {
        backend.hang = new CountDownLatch(1);
        long t0 = System.nanoTime();
        try {
            assertThat(keychain.save("universe:1", "s")).isFalse();
        } finally {
            backend.hang.countDown();
        }
        assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(250L, 5_000L);
    }

    @Test
    void theProviderKeepsACredentialUnderTheUniversesAccount() {
        OpenCloudProvider provider = new OpenCloudProvider(keychain);
        assertThat(provider.saveCredential("opencloud:77@http://127.0.0.1:9/", "key-77")).isTrue();
        assertThat(keychain.find(Keychain.account("77", "http://127.0.0.1:9"))).contains("key-77");
    }

    @Test
    void accountsSeparateTheRealServiceFromOtherBaseUrls() {
        assertThat(Keychain.account("123", OpenCloudProvider.REAL_BASE)).isEqualTo("universe:123");
        assertThat(Keychain.account("123", "http://127.0.0.1:8719")).isEqualTo("universe:123@http://127.0.0.1:8719");
    }

    @Test
    void theRealServiceWithoutAnyKeyIsAClearError() {
        Assumptions.assumeTrue(System.getenv(OpenCloudProvider.KEY_ENV) == null);
        assertThatThrownBy(() -> {
            try (ProfileSource s = new OpenCloudProvider(keychain).open("opencloud:4242", Map.of())) {
                s.describe();
            }
        }).hasMessageContaining("No API key for universe 4242").hasMessageContaining("PROFILELENS_API_KEY");
    }
}
