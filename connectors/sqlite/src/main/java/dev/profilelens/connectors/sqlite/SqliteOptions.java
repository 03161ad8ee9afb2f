package dev.profilelens.connectors.sqlite;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * How a SQLite store is opened.
 *
 * @param readOnly  open without writing (also forced when the file itself is not writable)
 * @param retention which old versions are kept
 * @param clock     the clock that stamps versions (tests move it by hand)
 */
public record SqliteOptions(boolean readOnly, Retention retention, Clock clock) {
    public SqliteOptions {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(clock, "clock");
    }

    public static SqliteOptions defaults() {
        return new SqliteOptions(false, Retention.KEEP_ALL, Clock.systemUTC());
    }

    /** From source options: {@code readOnly=true}, {@code retention=keep-all|roblox}. */
    public static SqliteOptions fromMap(Map<String, String> options) {
        boolean ro = Boolean.parseBoolean(options.getOrDefault("readOnly", "false"));
        Retention r = Retention.parse(options.getOrDefault("retention", "keep-all"));
        return new SqliteOptions(ro, r, Clock.systemUTC());
    }

    public SqliteOptions withClock(Clock c) {
        return new SqliteOptions(readOnly, retention, c);
    }

    public SqliteOptions withRetention(Retention r) {
        return new SqliteOptions(readOnly, r, clock);
    }

    public SqliteOptions asReadOnly() {
        return new SqliteOptions(true, retention, clock);
    }
}
