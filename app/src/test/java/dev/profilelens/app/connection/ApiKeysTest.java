package dev.profilelens.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.testsupport.store.TestProviders;
import org.junit.jupiter.api.Test;

class ApiKeysTest {
    @Test
    void keysAreHeldForTheSessionPerConnectionSpec() throws Exception {
        ApiKeys keys = new ApiKeys(TestProviders.installed());
        assertThat(keys.put("sqlite:/tmp/x.db", "k").get()).as("only cloud connections use the keychain").isFalse();
        keys.put("opencloud:5@http://127.0.0.1:9/", "secret").get();
        assertThat(keys.get("opencloud:5@http://127.0.0.1:9/")).contains("secret");
        assertThat(keys.get("opencloud:6")).isEmpty();
        TestProviders.installed().saveCredential("opencloud:5@http://127.0.0.1:9/", "");
    }
}
