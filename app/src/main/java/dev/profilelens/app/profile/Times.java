package dev.profilelens.app.profile;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as people read them: local time and how long ago. */
public final class Times {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private Times() {
    }

    public static String local(Instant t) {
        return LOCAL.format(t);
    }

    public static String ago(Instant t, Instant now) {
        return duration(Duration.between(t, now)) + " ago";
    }

    public static String both(Instant t, Instant now) {
        return local(t) + "  (" + ago(t, now) + ")";
    }

    public static String duration(Duration d) {
        long s = Math.abs(d.getSeconds());
        if (s < 90) {
            return s + " s";
        }
        if (s < 90 * 60) {
            return s / 60 + " min";
        }
        if (s < 36 * 3600) {
            return s / 3600 + " h " + s % 3600 / 60 + " min";
        }
        return s / 86_400 + " days";
    }
}
