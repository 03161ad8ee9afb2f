package dev.profilelens.core.bulk;

import dev.profilelens.core.concurrent.Daemons;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.store.BatchWrites;
import dev.profilelens.core.store.EntryRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A local store's run in groups (ADR 0230): while the calling thread writes one group (journal intents, one
 * transaction, audit outcomes), one other thread reads and prepares the next ones (read ahead, filter, lock,
 * intents, validation, bytes; {@value #AHEAD} groups ahead) and records their audit intents (ADR 0243), so they are
 * in the log before those groups are sent.
 * Every store write and journal line stays on the calling thread, in the set's order. Keys of a group must not
 * repeat in the next one (the caller skips repeated keys).
 */
final class GroupPipeline implements AutoCloseable {
    private static final long ABANDON_WAIT_SECONDS = 30;
    /**
     * Groups prepared ahead of the one being written: two, so the preparing thread never idles waiting for the
     * writer to hand it the next group (with one it did, and the writer then waited for it in turn).
     */
    static final int AHEAD = 2;
    private final ExecutorService planner = Executors.newSingleThreadExecutor(Daemons.named("bulk-prepare"));
    private final BulkEdit preparing;
    private final BulkEdit writing;
    private final BatchWrites writes;
    private final Function<EntryRef, List<Intent>> intents;
    private final String reason;
    private final @Nullable ValueFilter where;
    private final BiConsumer<EntryRef, @Nullable KeyPlan> handle;
    /** Groups submitted and not yet written, oldest first: at most {@link #AHEAD} besides the one being written. */
    private final Deque<InFlight> inFlight = new ArrayDeque<>();

    private record InFlight(Future<BulkEdit.Group> prepared, List<EntryRef> keys) {
    }

    /** {@code preparing} reads (ahead); {@code writing} writes through the journal and the batch's log. */
    GroupPipeline(BulkEdit preparing, BulkEdit writing, BatchWrites writes, Function<EntryRef, List<Intent>> intents,
                  String reason, @Nullable ValueFilter where, BiConsumer<EntryRef, @Nullable KeyPlan> handle) {
        this.preparing = preparing;
        this.writing = writing;
        this.writes = writes;
        this.intents = intents;
        this.reason = reason;
        this.where = where;
        this.handle = handle;
    }

    /** Starts preparing {@code group} (copied) and writes the oldest group in flight when more are ahead. */
    void add(List<EntryRef> group) {
        List<EntryRef> keys = List.copyOf(group);
        Future<BulkEdit.Group> next = planner.submit(() -> {
            BulkEdit.Group g = preparing.prepareAll(keys, intents, reason, where);
            preparing.recordIntents(g); // ahead of the write, off the writing thread (ADR 0243)
            return g;
        });
        inFlight.addLast(new InFlight(next, keys)); // close() abandons it if a write before it fails
        if (inFlight.size() > AHEAD) {
            InFlight oldest = inFlight.removeFirst();
            write(oldest.prepared(), oldest.keys());
        }
    }

    /** Writes the groups in flight, in order (at the end of the set, or when the run is cancelled). */
    void finishInFlight() {
        while (!inFlight.isEmpty()) {
            InFlight oldest = inFlight.removeFirst();
            write(oldest.prepared(), oldest.keys());
        }
    }

    private void write(Future<BulkEdit.Group> f, List<EntryRef> keys) {
        List<@Nullable KeyPlan> plans;
        try {
            plans = writing.writeAll(f.get(), reason, where, writes);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof InspectorException)) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
            plans = writing.oneByOne(keys, intents, reason, where); // not prepared: nothing of it was written
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a group was being prepared", e);
        }
        for (int i = 0; i < keys.size(); i++) {
            handle.accept(keys.get(i), plans.get(i));
        }
    }

    /** Stops preparing; groups prepared (their intents recorded) but never written are abandoned in the log. */
    @Override
    public void close() {
        planner.shutdown();
        while (!inFlight.isEmpty()) {
            try {
                preparing.abandon(inFlight.removeFirst().prepared().get(ABANDON_WAIT_SECONDS, TimeUnit.SECONDS));
            } catch (ExecutionException | TimeoutException notPrepared) {
                // nothing of it was recorded (or it is still being prepared: then it stays unconfirmed)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        planner.shutdownNow();
    }
}
