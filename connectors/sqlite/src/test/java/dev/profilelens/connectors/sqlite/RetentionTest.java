package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roblox-like retention keeps the first write per UTC hour and expires superseded versions after 30 days. */
class RetentionTest {
    @TempDir
    Path dir;

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static void write(SqliteProfileSource s, EntryRef ref, String v) {
        s.write(new WriteRequest(ref, v.getBytes(StandardCharsets.UTF_8), List.of(), "{}", Precondition.none()));
    }

    @Test
    void writesWithinOneHourOverwriteAndEachHourKeepsAVersion() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-01T10:05:00Z"));
        EntryRef ref = EntryRef.of("PlayerData", "Player_1");
        try (SqliteProfileSource s = new SqliteProfileSource(dir.resolve("r.db"), clock, Retention.ROBLOX, false)) {
            write(s, ref, "1");
            clock.advance(Duration.ofMinutes(10));
            write(s, ref, "2");
            clock.advance(Duration.ofMinutes(10));
            write(s, ref, "3");
            clock.advance(Duration.ofHours(1));
            write(s, ref, "4");
            List<VersionInfo> versions = s.listVersions(ref, VersionQuery.all(), null, 100).items();
            assertThat(versions).hasSize(2);
            assertThat(new String(s.readVersion(ref, versions.get(0).version()).orElseThrow().value(),
                    StandardCharsets.UTF_8)).isEqualTo("3");

            clock.advance(Duration.ofDays(31));
            write(s, ref, "5");
            assertThat(s.listVersions(ref, VersionQuery.all(), null, 100).items()).hasSize(2);
        }
    }

    @Test
    void keepAllKeepsEveryWrite() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-01T10:05:00Z"));
        EntryRef ref = EntryRef.of("PlayerData", "Player_1");
        try (SqliteProfileSource s = new SqliteProfileSource(dir.resolve("k.db"), clock, Retention.KEEP_ALL, false)) {
            for (int i = 0; i < 5; i++) {
                write(s, ref, Integer.toString(i));
                clock.advance(Duration.ofMinutes(1));
            }
            assertThat(s.listVersions(ref, VersionQuery.all(), null, 100).items()).hasSize(5);
        }
    }
}
