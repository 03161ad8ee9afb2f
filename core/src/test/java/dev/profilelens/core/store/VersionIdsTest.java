package dev.profilelens.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VersionIdsTest {

    @Test
    void ticksMatchTheIdsSeenOnTheRealService() {
        // spec/opencloud.md §7.2: 08D9E6A3F2188CFF is 2022-02-02T23:30:06.5388799Z
        assertThat(Long.toHexString(VersionIds.ticks(Instant.parse("2022-02-02T23:30:06.5388799Z"))).toUpperCase())
                .isEqualTo("8D9E6A3F2188CFF");
    }

    @Test
    void idsHaveTheRealShapeAndGiveBackTheirSequence() {
        Instant created = Instant.parse("2024-07-22T19:50:08.2052501Z");
        String id = VersionIds.of(created, 0x16, created);
        assertThat(id).isEqualTo("08DCAA877D776995.0000000016.08DCAA877D776995.01");
        assertThat(VersionIds.sequenceOf(id)).isEqualTo(0x16);
        assertThat(VersionIds.sequenceOf("bogus")).isEqualTo(-1);
    }
}
