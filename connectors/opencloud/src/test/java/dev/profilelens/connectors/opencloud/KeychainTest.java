package dev.profilelens.connectors.opencloud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSources;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeychainTest {
    @Test
    void aSavedKeyIsFoundAndDeletedOrNothingIsClaimedWithoutAKeychain() {
        String account = Keychain.account("99", "http://127.0.0.1:1/" + UUID.randomUUID());
        String secret = "test-" + UUID.randomUUID();
        long t0 = System.nanoTime();
        boolean saved = Keychain.save(account, secret);
        if (saved) {
            assertThat(Keychain.find(account)).contains(secret);
            assertThat(Keychain.delete(account)).isTrue();
        } else {
            assertThat((System.nanoTime() - t0) / 1_000_000).as("gives up quickly").isLessThan(5_000);
        }
        assertThat(Keychain.find(account)).isEmpty();
    }

    @Test
    void accountsSeparateTheRealServiceFromOtherBaseUrls() {
        assertThat(Keychain.account("123", OpenCloudProvider.REAL_BASE)).isEqualTo("universe:123");
        assertThat(Keychain.account("123", "http://127.0.0.1:8719")).isEqualTo("universe:123@http://127.0.0.1:8719");
    }

    @Test
    void theRealServiceWithoutAnyKeyIsAClearError() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(OpenCloudProvider.KEY_ENV) == null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            try (ProfileSource s = ProfileSources.open("opencloud:4242", Map.of())) {
                s.describe();
            }
        }).hasMessageContaining("No API key for universe 4242").hasMessageContaining("PROFILELENS_API_KEY");
    }
}
