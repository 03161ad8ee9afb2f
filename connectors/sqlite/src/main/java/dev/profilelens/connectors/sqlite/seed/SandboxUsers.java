package dev.profilelens.connectors.sqlite.seed;

import dev.profilelens.core.find.UserDirectory;
import dev.profilelens.core.find.UserRecord;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sandbox's players as a user directory: each UserId held in a store has a made-up, stable name (two words
 * picked from the id, then the id in base 36, so names never collide), e.g. {@code SwiftOtter251c}. The emulator
 * serves the same names on its Users API route, so a name found in the sandbox also resolves over HTTP.
 */
public final class SandboxUsers implements UserDirectory {
    private static final String[] FIRST = {"Swift", "Brave", "Lucky", "Quiet", "Rusty", "Mossy", "Sunny", "Frost",
        "Amber", "Misty", "Noble", "Pixel", "Cosmo", "Ember", "Jolly", "Tidal"};
    private static final String[] SECOND = {"Otter", "Falcon", "Badger", "Comet", "Maple", "Raven", "Panda", "Tiger",
        "Pebble", "Walrus", "Lynx", "Gecko", "Koala", "Heron", "Bison", "Squid"};
    private final Supplier<long[]> userIds;
    private final String where;
    private Map<String, Long> byName = Map.of();

    /** {@code userIds} lists the players (read again when a name is not found, for players added since). */
    public SandboxUsers(Supplier<long[]> userIds, String where) {
        this.userIds = userIds;
        this.where = where;
    }

    /** The sandbox name of a UserId. */
    public static String nameOf(long userId) {
        long mix = userId * 0x9E3779B97F4A7C15L;
        return FIRST[(int) (mix >>> 60)] + SECOND[(int) ((mix >>> 56) & 15)] + Long.toString(userId, 36);
    }

    @Override
    public synchronized Optional<UserRecord> byName(String username) {
        String k = username.toLowerCase(Locale.ROOT);
        Long id = byName.get(k);
        if (id == null) {
            Map<String, Long> fresh = new HashMap<>();
            for (long u : userIds.get()) {
                fresh.put(nameOf(u).toLowerCase(Locale.ROOT), u);
            }
            byName = fresh;
            id = byName.get(k);
        }
        return id == null ? Optional.empty() : Optional.of(new UserRecord(id, nameOf(id), nameOf(id)));
    }

    @Override
    public String describe() {
        return "the players of " + where;
    }
}
