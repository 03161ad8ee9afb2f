package dev.profilelens.core.store;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Version ids in Roblox's shape {@code A.N.B.01} (spec/opencloud.md §7.2): A = the entry's creation time and B =
 * the version's creation time, both in .NET ticks as 16 hex digits; N = a sequence number as 10 hex digits.
 * Clients treat ids as opaque; producing the real shape keeps local stores looking like the service.
 */
public final class VersionIds {
    /** .NET ticks (100 ns) between 0001-01-01 and the Unix epoch. */
    static final long EPOCH_TICKS = 621_355_968_000_000_000L;

    private VersionIds() {
    }

    public static long ticks(Instant t) {
        return EPOCH_TICKS + t.getEpochSecond() * 10_000_000L + t.getNano() / 100;
    }

    public static String of(Instant entryCreated, long sequence, Instant versionCreated) {
        StringBuilder b = new StringBuilder(47);
        hex(b, ticks(entryCreated), 16).append('.');
        hex(b, sequence, 10).append('.');
        return hex(b, ticks(versionCreated), 16).append(".01").toString();
    }

    /** {@code v} as {@code digits} upper-case hex digits, zero-padded (as {@code %0NX}; wider values in full). */
    private static StringBuilder hex(StringBuilder b, long v, int digits) {
        String h = Long.toHexString(v).toUpperCase(Locale.ROOT);
        for (int i = h.length(); i < digits; i++) {
            b.append('0');
        }
        return b.append(h);
    }

    /** The time of .NET {@code ticks} (100 ns since 0001-01-01 UTC). */
    public static Instant instantOfTicks(long ticks) {
        long t = ticks - EPOCH_TICKS;
        return Instant.ofEpochSecond(Math.floorDiv(t, 10_000_000L), Math.floorMod(t, 10_000_000L) * 100);
    }

    /** The entry's creation time A of a well-formed id, or null. */
    public static @Nullable Instant entryCreatedOf(String id) {
        if (sequenceOf(id) < 0) {
            return null;
        }
        try {
            return instantOfTicks(Long.parseLong(id.substring(0, 16), 16));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The sequence number N of a well-formed id, or -1. */
    public static long sequenceOf(String id) {
        if (id.length() != 47 || !id.endsWith(".01")) {
            return -1;
        }
        try {
            return Long.parseLong(id.substring(17, 27), 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
