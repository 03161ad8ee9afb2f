package dev.profilelens.core.lock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.ProfileReading;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** spec §3.5 lock table and the strict dead-lock thresholds (PS 1800 s, PSt 630 s). */
class LockClassifierTest {
    private static final long NOW = 1_700_004_000L;

    private static ProfileReading profile(String meta) {
        String v = "{\"Data\":{},\"MetaData\":" + meta + ",\"GlobalUpdates\":[0,[]]}";
        return ProfileCodec.read(v.getBytes(StandardCharsets.UTF_8));
    }

    private static LockClassifier at(long epoch) {
        return new LockClassifier(Clock.fixed(Instant.ofEpochSecond(epoch), ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "{0}: age {1} -> {2}")
    @CsvSource({
        "profileservice, 1800, active", "profileservice, 1801, stale", "profileservice, 0, active",
        "profilestore, 630, active", "profilestore, 631, stale", "profileservice, -30, active"
    })
    void thresholdIsStrictlyGreater(String dialect, long age, String expected) {
        ProfileReading r = profile("{\"ActiveSession\":[1,\"job\"],\"LastUpdate\":" + (NOW - age) + "}");
        LockState s = at(NOW).classify(r, Dialect.fromJsonName(dialect));
        assertThat(s.status().jsonName()).isEqualTo(expected);
        assertThat(s.ageSeconds()).isEqualTo(age);
    }

    @Test
    void releasedWithoutRequestIsFree() {
        LockState s = at(NOW).classify(profile("{\"LastUpdate\":1}"));
        assertThat(s.status()).isEqualTo(LockStatus.FREE);
        assertThat(s.owner()).isNull();
        assertThat(s.ageSeconds()).isNull();
        assertThat(s.forceLoadRequestedBy()).isNull();
    }

    @Test
    void releasedAfterForceLoadRequestIsFreeAndNamesTheRequester() {
        LockState s = at(NOW).classify(profile("{\"ForceLoadSession\":[7,\"req\"],\"LastUpdate\":1}"));
        assertThat(s.status()).isEqualTo(LockStatus.FREE);
        assertThat(s.forceLoadRequestedBy().jobId().asText()).isEqualTo("req");
    }

    @Test
    void lockedWithPendingForceLoadKeepsOwnerAndRequester() {
        LockState s = at(NOW).classify(profile(
                "{\"ActiveSession\":[1,\"own\"],\"ForceLoadSession\":[1,\"req\"],\"LastUpdate\":" + (NOW - 5) + "}"));
        assertThat(s.status()).isEqualTo(LockStatus.ACTIVE);
        assertThat(s.owner().jobId().asText()).isEqualTo("own");
        assertThat(s.forceLoadRequestedBy().jobId().asText()).isEqualTo("req");
        assertThat(s.secondsUntilStale()).isEqualTo(1796);
    }

    @Test
    void lockWithoutLastUpdateIsNeverStale() {
        LockState s = at(4_000_000_000L).classify(profile("{\"ActiveSession\":[1,\"own\"]}"));
        assertThat(s.status()).isEqualTo(LockStatus.ACTIVE);
        assertThat(s.ageSeconds()).isNull();
        assertThat(s.secondsUntilStale()).isNull();
    }

    @Test
    void profileStoreOwnerCarriesSessionIdAndOwnershipIgnoresIt() {
        LockState s = at(NOW).classify(profile("{\"ActiveSession\":[1,\"own\",\"GUID\"],\"LastUpdate\":" + NOW + "}"));
        assertThat(s.owner().sessionId()).isEqualTo("GUID");
        LockState ps = at(NOW).classify(profile("{\"ActiveSession\":[1,\"own\"],\"LastUpdate\":" + NOW + "}"));
        assertThat(s.owner().sameServer(ps.owner())).isTrue();
    }

    @Test
    void placeholdersAndCorruptValuesHoldNoLock() {
        ProfileReading placeholder = ProfileCodec.read("{\"GlobalUpdates\":[0,[]]}".getBytes(StandardCharsets.UTF_8));
        assertThat(at(NOW).classify(placeholder).status()).isEqualTo(LockStatus.FREE);
        ProfileReading corrupt = ProfileCodec.read("[1]".getBytes(StandardCharsets.UTF_8));
        assertThat(at(NOW).classify(corrupt).status()).isEqualTo(LockStatus.FREE);
    }
}
