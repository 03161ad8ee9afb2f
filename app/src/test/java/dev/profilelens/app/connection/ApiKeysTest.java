package dev.profilelens.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeysTest {
    @Test
    void keysAreHeldForTheSessionAndMappedToKeychainAccountsPerUniverseAndBase() throws Exception {
        ApiKeys keys = new ApiKeys();
        assertThat(keys.put("sqlite:/tmp/x.db", "k").get()).as("no keychain entry for non-cloud").isFalse();
        keys.put("opencloud:5@http://127.0.0.1:9/", "secret").get();
        assertThat(keys.get("opencloud:5@http://127.0.0.1:9/")).contains("secret");
        assertThat(keys.get("opencloud:6")).isEmpty();
        assertThat(ApiKeys.account("opencloud:77")).contains("universe:77");
        assertThat(ApiKeys.account("opencloud:5@http://127.0.0.1:9/")).contains("universe:5@http://127.0.0.1:9");
        assertThat(ApiKeys.account("sandbox")).isEmpty();
        dev.profilelens.connectors.opencloud.Keychain.delete("universe:5@http://127.0.0.1:9");
    }
}
