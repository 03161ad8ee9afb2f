package dev.profilelens.connectors.emulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Times on the wire. Every time of one version is printed from the same stored instant, so a set answer and the
 * version's headers agree to the digit; {@code last-modified} is an HTTP date (RFC 9110 §5.6.7).
 */
final class Times {
    /** IMF-fixdate, e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT} (two-digit day, unlike RFC_1123_DATE_TIME). */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** RFC 3339 in UTC with the stored (millisecond) precision. */
    static String iso(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static String httpDate(Instant t) {
        return HTTP_DATE.format(t);
    }
}
