package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.InvalidInputException;
import java.util.Locale;

/** Which old versions a SQLite store keeps. The current version and tombstones' predecessors are never pruned. */
public enum Retention {
    /** Every version ever written stays. */
    KEEP_ALL,
    /** Like Roblox: every version from the last 30 days, and before that only the first write of each UTC hour. */
    ROBLOX;

    public static final long WINDOW_MILLIS = 30L * 24 * 3600 * 1000;
    public static final long HOUR_MILLIS = 3600L * 1000;

    /** Parses {@code keep-all} or {@code roblox} (the {@code retention} source option). */
    public static Retention parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "keep-all", "keepall", "all" -> KEEP_ALL;
            case "roblox" -> ROBLOX;
            default -> throw new InvalidInputException("Unknown retention \"" + text
                    + "\": use keep-all or roblox", "retention");
        };
    }
}
