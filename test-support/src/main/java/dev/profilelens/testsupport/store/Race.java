package dev.profilelens.testsupport.store;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs two writers against the same key at the same moment, each with the same precondition. */
public final class Race {
    private Race() {
    }

    /** Races two writes on one source (one connection shared by two threads). */
    public static RaceResult run(ProfileSource source, EntryRef ref, Precondition precondition) throws Exception {
        return run(source, source, ref, precondition);
    }

    /** Races a write on {@code a} against one on {@code b}; both must see the same underlying store. */
    public static RaceResult run(ProfileSource a, ProfileSource b, EntryRef ref, Precondition precondition)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "contract-race-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Boolean> first = pool.submit(() -> attempt(a, ref, precondition, "{\"writer\":\"a\"}", start));
            Future<Boolean> second = pool.submit(() -> attempt(b, ref, precondition, "{\"writer\":\"b\"}", start));
            start.countDown();
            boolean aWon = first.get(30, TimeUnit.SECONDS);
            boolean bWon = second.get(30, TimeUnit.SECONDS);
            int wins = (aWon ? 1 : 0) + (bWon ? 1 : 0);
            String winner = aWon ? "{\"writer\":\"a\"}" : "{\"writer\":\"b\"}";
            return new RaceResult(wins, 2 - wins, winner.getBytes(StandardCharsets.UTF_8));
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static boolean attempt(ProfileSource s, EntryRef ref, Precondition p, String json, CountDownLatch start)
            throws InterruptedException {
        start.await();
        try {
            s.write(new WriteRequest(ref, json.getBytes(StandardCharsets.UTF_8), List.of(), "{}", p));
            return true;
        } catch (VersionConflictException e) {
            return false;
        }
    }
}
