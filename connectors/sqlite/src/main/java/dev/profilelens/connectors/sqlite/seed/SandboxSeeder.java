package dev.profilelens.connectors.sqlite.seed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.connectors.sqlite.BulkWriter;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.codec.MirroredMetadata;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.store.EntryRef;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Seeds a sandbox with a believable game, deterministic from a seed and a "now": stores {@code PlayerData}
 * (ProfileService, keys {@code Player_<userId>}, scopes {@code global} and {@code beta}), {@code PlayerData_v2}
 * (ProfileStore, keys {@code <userId>}) and {@code GuildHouses} (group-owned houses), every key with a version
 * history over the past weeks and a final state drawn from {@link ProfileState}.
 */
public final class SandboxSeeder {
    public static final int DEFAULT_PROFILES = 5_000;
    public static final long DEFAULT_SEED = 7;
    private static final int BATCH = 500;
    private static final long[] PLACES = {1818L, 4_512_118_723L, 9_870_220_041L};
    private static final long DAY = 86_400;

    /** Receives progress: {@code done} of {@code total} keys written. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    private final long seed;
    private final long now;

    public SandboxSeeder(long seed, Instant now) {
        this.seed = seed;
        this.now = now.getEpochSecond();
    }

    /** Writes {@code profiles} keys; throws {@link CancellationException} between batches when asked to stop. */
    public void seed(SqliteProfileSource store, int profiles, Progress progress, BooleanSupplier cancelled) {
        for (int from = 0; from < profiles; from += BATCH) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Seeding was cancelled after " + from + " of " + profiles);
            }
            int start = from;
            int end = Math.min(profiles, from + BATCH);
            store.bulk(writer -> {
                for (int i = start; i < end; i++) {
                    write(writer, profile(i));
                }
            });
            progress.update(end, profiles);
        }
    }

    private static void write(BulkWriter writer, SeedProfile p) throws java.sql.SQLException {
        for (int k = 0; k < p.times().length; k++) {
            JsonNode value = ProfileShapes.version(p, k);
            Instant at = Instant.ofEpochSecond(p.times()[k], (p.id() * 7_919 + k * 104_729L) % 1_000 * 1_000_000L);
            writer.append(p.ref(), RobloxJson.write(value), MirroredMetadata.userIds(value),
                    MirroredMetadata.attributes(value), at);
        }
    }

    /** The i-th key; the first 44 keys cycle through every state in both dialects. */
    SeedProfile profile(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        long userId = 100_000L + i * 37L + r.nextInt(37);
        boolean cycle = i < 4 * ProfileState.values().length;
        int storePick = cycle ? (i % 2 == 0 ? 0 : 60) : r.nextInt(100);
        ProfileState state = cycle ? ProfileState.values()[(i / 2) % ProfileState.values().length]
                : ProfileState.pick(r);
        EntryRef ref;
        Dialect dialect;
        boolean house = false;
        if (storePick < 54) {
            dialect = Dialect.PROFILESERVICE;
            ref = EntryRef.of("PlayerData", "Player_" + userId);
        } else if (storePick < 58) {
            dialect = Dialect.PROFILESERVICE;
            ref = new EntryRef("PlayerData", "beta", "Player_" + userId);
        } else if (storePick < 92) {
            dialect = Dialect.PROFILESTORE;
            ref = EntryRef.of("PlayerData_v2", Long.toString(userId));
        } else {
            dialect = Dialect.PROFILESERVICE;
            house = true;
            userId = i;
            ref = EntryRef.of("GuildHouses", "House_" + i);
        }
        state = forDialect(state, dialect, house);
        long[] times = times(r, state, dialect);
        int dataVersion = state == ProfileState.PRE_2021 ? 1 : r.nextInt(100) < 15 ? 1 : r.nextInt(100) < 41 ? 2 : 3;
        return new SeedProfile(ref, dialect, house, userId, state, times, times[0] - r.nextInt(3_600),
                dataVersion, 3 + r.nextInt(28), PLACES[r.nextInt(PLACES.length)],
                new UUID(r.nextLong(), r.nextLong()).toString(), new UUID(r.nextLong(), r.nextLong()).toString()
                        .toUpperCase(java.util.Locale.ROOT), 1 + r.nextInt(200));
    }

    private static ProfileState forDialect(ProfileState s, Dialect d, boolean house) {
        if (d == Dialect.PROFILESTORE) {
            return switch (s) {
                case ACTIVE_UPDATES, LOCKED_UPDATES -> ProfileState.MESSAGES;
                case PRE_2021 -> ProfileState.RELEASED;
                case NO_LAST_UPDATE -> ProfileState.STALE;
                default -> s;
            };
        }
        if (s == ProfileState.MESSAGES) {
            return ProfileState.ACTIVE_UPDATES;
        }
        return house && s == ProfileState.PRE_2021 ? ProfileState.RELEASED : s;
    }

    private long[] times(Random r, ProfileState state, Dialect dialect) {
        int n = state == ProfileState.PLACEHOLDER ? 1 : 1 + r.nextInt(5);
        long last;
        long first;
        if (state == ProfileState.PRE_2021) {
            first = 1_583_020_800L + r.nextInt((int) (300 * DAY));
            last = first + r.nextInt((int) (120 * DAY));
        } else {
            last = switch (state) {
                case ACTIVE, FORCE_LOAD, LOCKED_UPDATES -> now - 5 - r.nextInt(20);
                case STALE -> now - (dialect == Dialect.PROFILESTORE ? 700 : 1_900) - r.nextInt((int) (3 * DAY));
                default -> now - 60 - r.nextInt((int) (7 * DAY));
            };
            first = last - r.nextInt((int) (21 * DAY));
        }
        long[] times = new long[n];
        for (int k = 0; k < n; k++) {
            times[k] = n == 1 ? last : first + (last - first) * k / (n - 1);
        }
        return times;
    }
}
