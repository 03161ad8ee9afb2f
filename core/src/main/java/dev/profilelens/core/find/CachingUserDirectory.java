package dev.profilelens.core.find;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps answers of another directory: names found for {@link #HIT_TTL}, names not found for {@link #MISS_TTL}
 * (a user may take a free name), so repeated searches for one player ask the service once.
 */
public final class CachingUserDirectory implements UserDirectory {
    static final Duration HIT_TTL = Duration.ofHours(1);
    static final Duration MISS_TTL = Duration.ofMinutes(2);
    private final UserDirectory delegate;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<UserRecord> user, Instant until) {
    }

    public CachingUserDirectory(UserDirectory delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public Optional<UserRecord> byName(String username) {
        String k = username.toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Cached c = cache.get(k);
        if (c != null && now.isBefore(c.until())) {
            return c.user();
        }
        Optional<UserRecord> user = delegate.byName(username);
        cache.put(k, new Cached(user, now.plus(user.isPresent() ? HIT_TTL : MISS_TTL)));
        return user;
    }

    @Override
    public String describe() {
        return delegate.describe();
    }
}
