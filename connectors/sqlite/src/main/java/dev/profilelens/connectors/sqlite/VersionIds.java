package dev.profilelens.connectors.sqlite;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Version ids in Roblox's shape {@code AAAAAAAAAAAAAAAA.NNNNNNNNNN.BBBBBBBBBBBBBBBB.01}: the write time in hex,
 * the version row id in hex (unique in the file), the write time again, and a fixed suffix.
 */
final class VersionIds {
    private VersionIds() {
    }

    static String format(long rowId, long createdMs) {
        return String.format(Locale.ROOT, "%016X.%010X.%016X.01", createdMs, rowId, createdMs);
    }

    /** The row id inside a version id, or -1 when the text is not one of ours. */
    static long parse(String version) {
        String[] parts = version.split("\\.", -1);
        if (parts.length != 4 || parts[1].length() != 10) {
            return -1;
        }
        try {
            return Long.parseLong(parts[1], 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean matches(@Nullable String version, @Nullable Long rowId, long createdMs) {
        return version != null && rowId != null && version.equals(format(rowId, createdMs));
    }
}
