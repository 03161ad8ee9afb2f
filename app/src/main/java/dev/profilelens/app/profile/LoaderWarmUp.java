package dev.profilelens.app.profile;

import dev.profilelens.core.concurrent.Daemons;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.StoredEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Reads a made-up profile through the {@link ProfileLoader} once, on a thread of its own, after the start's own work
 * (ADR 0262): the decoder, the Raw layout and the report are compiled by the time the user opens a key, so the first
 * profile opened is not also the first value this JVM ever decoded. Nothing it makes is kept or shown. One read of
 * about 100 KB: three reads of 200 KB were no faster for the first open and kept 15 MB more memory resident.
 */
public final class LoaderWarmUp {
    private static final Logger LOG = Logger.getLogger(LoaderWarmUp.class.getName());
    static final int ITEMS = 600;

    private LoaderWarmUp() {
    }

    /** Starts the read on a daemon thread and returns at once; {@code then} gets what was read, on that thread. */
    public static Thread start(ProfileLoader loader, Consumer<ProfileSnapshot> then) {
        Thread t = Daemons.thread("warm-up", () -> {
            ProfileSnapshot s = run(loader);
            if (s != null) {
                then.accept(s);
            }
        });
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    static @Nullable ProfileSnapshot run(ProfileLoader loader) {
        StoredEntry entry = new StoredEntry(EntryRef.of("WarmUp", "WarmUp"), sample(), "0", List.of(1L), "{}",
                Instant.EPOCH, Instant.EPOCH);
        try {
            ProfileSnapshot s = loader.of(entry.ref(), entry);
            s.raw().content().join();
            return s;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "warm-up read failed (nothing depends on it)", e);
            return null;
        }
    }

    /**
     * A ProfileService value with every kind of JSON token a profile holds: tables and arrays nested a few deep,
     * short and long strings, escapes, integers, negative and fractional numbers, booleans and null (about 100 KB).
     */
    static byte[] sample() {
        StringBuilder b = new StringBuilder(110_000).append("{\"Data\":{\"Coins\":1250,\"Ratio\":-0.75,\"Vip\":true,"
                + "\"Clan\":null,\"Quests\":{\"Daily\":[1,2,3],\"Done\":{}},\"Items\":[");
        for (int i = 0; i < ITEMS; i++) {
            b.append(i == 0 ? "" : ",").append("{\"Id\":\"").append(String.format("%08x-%04x-4000-8000-%012x",
                    i * 2_654_435_761L & 0xffffffffL, i & 0xffff, (long) i * 97)).append("\",\"Name\":\"")
                    .append(i % 7 == 0 ? "Line \\\"quoted\\\" \\u00e9" : "Item " + (i % 40)).append("\",\"Count\":")
                    .append(i % 250).append(",\"Weight\":").append(i % 13).append('.').append(i % 100)
                    .append(",\"Owned\":").append(i % 3 == 0).append(",\"Tags\":[\"t").append(i % 5)
                    .append("\",").append(-i).append("],\"Meta\":{\"Since\":").append(1_700_000_000L + i)
                    .append(",\"Note\":").append(i % 11 == 0 ? "null" : "\"n" + i + "\"").append("}}");
        }
        b.append("]},\"MetaData\":{\"ProfileCreateTime\":1700000000,\"SessionLoadCount\":12,\"ActiveSession\":null,"
                + "\"MetaTags\":{\"DataVersion\":3},\"LastUpdate\":1700003000},\"RobloxMetaData\":[],"
                + "\"UserIds\":[1],\"GlobalUpdates\":[0,[]],\"WasCorrupted\":false}");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
