package dev.profilelens.core.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The store overview's numbers: formats, lock states, sizes, the biggest keys, the storage limit. */
class StoreSurveyorTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryProfileSource source = new InMemoryProfileSource(clock);

    private void put(String scope, String key, String value, List<Long> users) {
        source.write(new WriteRequest(new EntryRef("PlayerData", scope, key), value.getBytes(StandardCharsets.UTF_8),
                users, "{}", Precondition.none()));
    }

    private static String ps(String session, long lastUpdate, String data) {
        return "{\"Data\":" + data + ",\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":1,"
                + "\"ActiveSession\":" + session + ",\"MetaTags\":[],\"LastUpdate\":" + lastUpdate
                + "},\"GlobalUpdates\":[0,[]]}";
    }

    @Test
    void aDamagedValueIsCountedAndTheScanGoesOn() {
        long now = NOW.getEpochSecond();
        put("global", "a-damaged", "{\"Data\":{\"Coins\":", List.of(4L));
        put("global", "b-free", ps("null", now - 10, "{}"), List.of(1L));

        StoreSurvey s = new StoreSurveyor(source, "PlayerData", clock, 5, 1000).all();

        assertThat(s.keys()).isEqualTo(2);
        assertThat(s.complete()).isTrue();
        assertThat(s.formats()).containsOnly(Map.entry(StoreSurveyor.UNREADABLE, 1L),
                Map.entry("profile, library unknown", 1L));
        assertThat(s.locks()).containsOnly(Map.entry("free", 1L));
        assertThat(s.userIds()).isEqualTo(2);
        assertThat(s.biggest()).extracting(k -> k.ref().key()).contains("a-damaged");
    }

    @Test
    void countsFormatsLocksSizesAndTheBiggestKeysAcrossScopes() {
        long now = NOW.getEpochSecond();
        put("global", "free", ps("null", now - 10, "{}"), List.of(1L));
        put("global", "live", ps("[1,\"job\"]", now - 10, "{\"Coins\":1}"), List.of(2L));
        put("global", "stale", ps("[1,\"job\"]", now - 4000, "{\"Items\":[1,2,3,4,5,6,7,8,9]}"), List.of(2L, 3L));
        put("other", "pst", "{\"Data\":{},\"MetaData\":{\"ActiveSession\":[1,\"j\",\"s\"],\"LastUpdate\":"
                + (now - 5) + "},\"GlobalUpdates\":[0,[]]}", List.of());
        put("global", "placeholder", "{\"GlobalUpdates\":[0,[]]}", List.of());
        put("global", "corrupt", "42", List.of());

        StoreSurvey s = new StoreSurveyor(source, "PlayerData", clock, 2, 1000).all();

        assertThat(s.keys()).isEqualTo(6);
        assertThat(s.complete()).isTrue();
        assertThat(s.formats()).containsEntry("ProfileService", 2L).containsEntry("profile, library unknown", 1L)
                .containsEntry("ProfileStore", 1L)
                .containsEntry("placeholder", 1L).containsEntry("corrupt", 1L);
        assertThat(s.locks()).containsEntry("free", 1L).containsEntry("active", 2L).containsEntry("stale", 1L);
        assertThat(s.userIds()).isEqualTo(3);
        assertThat(s.biggest()).extracting(k -> k.ref().key()).containsExactly("stale", "live");
        long total = 0;
        for (String k : List.of("free", "live", "stale", "placeholder", "corrupt")) {
            total += source.read(new EntryRef("PlayerData", "global", k)).orElseThrow().sizeBytes();
        }
        total += source.read(new EntryRef("PlayerData", "other", "pst")).orElseThrow().sizeBytes();
        assertThat(s.totalBytes()).isEqualTo(total);
        assertThat(s.at()).isEqualTo(NOW);
    }

    @Test
    void stopsAtTheKeyCapAndSaysItIsIncomplete() {
        for (int i = 0; i < 250; i++) {
            put("global", String.format("k%03d", i), "{\"GlobalUpdates\":[0,[]]}", List.of());
        }
        StoreSurveyor surveyor = new StoreSurveyor(source, "PlayerData", clock, 5, 150);
        assertThat(surveyor.next()).isTrue();
        assertThat(surveyor.keysRead()).isEqualTo(100);
        assertThat(surveyor.result().complete()).isFalse();
        StoreSurvey s = surveyor.all();
        assertThat(s.keys()).isEqualTo(200);
        assertThat(s.complete()).isFalse();
        assertThat(new StoreSurveyor(source, "PlayerData", clock, 5, 10_000).all().complete()).isTrue();
    }

    @Test
    void storageLimitIs500MbPlusOneMbPerLifetimeUser() {
        assertThat(StorageLimit.limitBytes(0)).isEqualTo(500_000_000L);
        assertThat(StorageLimit.limitBytes(2_000)).isEqualTo(2_500_000_000L);
        assertThat(StorageLimit.overBytes(2_600_000_000L, 2_000)).isEqualTo(100_000_000L);
        assertThat(StorageLimit.overBytes(1_000L, 2_000)).isZero();
        assertThat(StorageLimit.share(250_000_000L, 0)).isEqualTo(0.5);
        assertThatThrownBy(() -> StorageLimit.limitBytes(-1)).hasMessageContaining("lifetime users");
    }
}
