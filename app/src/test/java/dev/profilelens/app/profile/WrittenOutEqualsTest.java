package dev.profilelens.app.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.app.widgets.KeyRow;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.StoredEntry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The records whose equals and hashCode are written out (ADR 0273) behave as a record's own would: equal exactly when
 * every component is, and a component added later without them fails here.
 */
class WrittenOutEqualsTest {
    private static final EntryRef A = EntryRef.of("PlayerData", "Player_1");
    private static final EntryRef B = new EntryRef("PlayerData", "beta", "Player_1");

    /** {@code make} builds the record from its components; {@code other[i]} differs from {@code base[i]}. */
    private static <R extends Record> void behavesAsARecord(Function<Object[], R> make, Object[] base,
                                                            Object[] other) {
        R one = make.apply(base.clone());
        R two = make.apply(base.clone());
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two).isNotEqualTo(null).isNotEqualTo("x");
        assertThat(one.getClass().getRecordComponents()).as("every component is compared").hasSize(base.length);
        for (int i = 0; i < base.length; i++) {
            Object[] changed = base.clone();
            changed[i] = other[i];
            assertThat(make.apply(changed)).as("component %d differs", i).isNotEqualTo(one);
        }
    }

    @Test
    void entryRefsKeyRowsConnectionsAndTagsAreEqualExactlyWhenEveryComponentIs() {
        behavesAsARecord(v -> new EntryRef((String) v[0], (String) v[1], (String) v[2]),
                new Object[] {"PlayerData", "global", "Player_1"}, new Object[] {"Other", "beta", "Player_2"});
        behavesAsARecord(v -> new KeyRow((EntryRef) v[0], (String) v[1], (String) v[2]),
                new Object[] {A, "PS", "free"}, new Object[] {B, null, "active"});
        behavesAsARecord(v -> new Connection((String) v[0], (String) v[1], (String) v[2], (SafetyLevel) v[3],
                        (Boolean) v[4]), new Object[] {"Prod", "sqlite:a.db", "#c53030", SafetyLevel.READ_ONLY, true},
                new Object[] {"Test", "sqlite:b.db", "#1f8a4c", SafetyLevel.FREE, false});
        behavesAsARecord(v -> new MetaTagsPane.Tag((String) v[0], (String) v[1], (String) v[2]),
                new Object[] {"DataVersion", "3", "integer"}, new Object[] {"Level", "4", "string"});
    }

    @Test
    void profileSnapshotsAreEqualExactlyWhenEveryComponentIs() {
        ProfileSnapshot one = loader(1).of(A, entry(A, "{\"Data\":{\"Coins\":1},\"MetaData\":{}}"));
        ProfileSnapshot two = loader(2).of(B, entry(B, "{\"Data\":{\"Coins\":2},\"MetaData\":{\"ActiveSession\":"
                + "[1,\"job\"],\"LastUpdate\":1700000000}}"));
        Function<ProfileSnapshot, Object[]> parts = s -> new Object[] {s.ref(), s.entry(), s.reading(), s.lock(),
                s.report(), s.readAt(), s.raw()};
        Object[] others = parts.apply(two);
        others[3] = new dev.profilelens.core.lock.LockState(dev.profilelens.core.lock.LockStatus.ACTIVE,
                new dev.profilelens.core.model.SessionTag(RobloxJson.parse("1"), RobloxJson.parse("\"job\""), null),
                2L, null, 1800);
        behavesAsARecord(v -> new ProfileSnapshot((EntryRef) v[0], (StoredEntry) v[1],
                (dev.profilelens.core.model.ProfileReading) v[2], (dev.profilelens.core.lock.LockState) v[3],
                (com.fasterxml.jackson.databind.JsonNode) v[4], (Instant) v[5], (RawText) v[6]),
                parts.apply(one), others);
    }

    private static ProfileLoader loader(long second) {
        return new ProfileLoader(Clock.fixed(Instant.ofEpochSecond(1_700_000_000L + second), ZoneOffset.UTC),
                Runnable::run);
    }

    private static StoredEntry entry(EntryRef ref, String json) {
        return new StoredEntry(ref, json.getBytes(StandardCharsets.UTF_8), "v1", List.of(), "null",
                Instant.EPOCH, Instant.EPOCH);
    }
}
