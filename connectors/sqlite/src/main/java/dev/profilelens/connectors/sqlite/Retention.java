package dev.profilelens.connectors.sqlite;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Which superseded versions a store keeps (ADR 0021): every one ({@link #KEEP_ALL}, the default for the sandbox,
 * demos and tests), or Roblox's rule ({@link #ROBLOX}, spec/opencloud.md §4.4): a version superseded within the
 * UTC hour it was created is dropped, and superseded versions expire 30 days after being superseded.
 */
public enum Retention {
    KEEP_ALL,
    ROBLOX;

    static final Duration EXPIRY = Duration.ofDays(30);

    public static Retention parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "keep-all", "all" -> KEEP_ALL;
            case "roblox", "hourly" -> ROBLOX;
            default -> throw new IllegalArgumentException("Unknown retention \"" + text
                    + "\" (use keep-all or roblox)");
        };
    }

    /** Whether the current version, created at {@code created}, stays in history when superseded at {@code now}. */
    boolean keepsSuperseded(Instant created, Instant now) {
        return this == KEEP_ALL
                || !created.truncatedTo(ChronoUnit.HOURS).equals(now.truncatedTo(ChronoUnit.HOURS));
    }
}
