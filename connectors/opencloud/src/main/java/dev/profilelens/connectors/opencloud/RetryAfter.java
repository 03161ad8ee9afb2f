package dev.profilelens.connectors.opencloud;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The {@code retry-after} header (RFC 9110 §10.2.3): either delay-seconds or an HTTP date. The wait is kept between
 * 0 and 120 s; a value that is neither form waits 1 s.
 */
final class RetryAfter {
    static final long MAX_MILLIS = 120_000;

    private RetryAfter() {
    }

    static long millis(String header, Clock clock) {
        String v = header.strip();
        try {
            return clamp(Long.parseLong(v) * 1000);
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                return clamp(Duration.between(clock.instant(), at.toInstant()).toMillis());
            } catch (DateTimeParseException notADate) {
                return 1000;
            }
        }
    }

    private static long clamp(long millis) {
        return Math.max(0, Math.min(MAX_MILLIS, millis));
    }
}
