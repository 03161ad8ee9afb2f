package dev.profilelens.app.widgets;

import java.util.Locale;

/** Byte counts as people read them, in decimal units like Roblox's storage figures: 950 B, 12.3 KB, 4.2 MB. */
public final class Sizes {
    private Sizes() {
    }

    public static String bytes(long n) {
        if (n < 1000) {
            return n + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }
}
