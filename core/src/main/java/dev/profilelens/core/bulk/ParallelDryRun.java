package dev.profilelens.core.bulk;

import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.concurrent.Daemons;
import dev.profilelens.core.edit.SaveUseCase;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A dry run over a local store (no request budget) on every core (ADR 0192): the set is cut into chunks of
 * {@value ReadAhead#CHUNK} keys, each planned by a worker with its own save use case reading its chunk ahead; the
 * calling thread takes the chunks back in order, so the listener sees every key in the set's order, on one thread,
 * as in a plain dry run. At most two chunks per worker are in flight. Nothing is written.
 */
final class ParallelDryRun {
    private final ProfileSource source;
    private final AuditLog audit;
    private final Clock clock;
    private final String user;
    private final String connection;

    ParallelDryRun(ProfileSource source, AuditLog audit, Clock clock, String user, String connection) {
        this.source = source;
        this.audit = audit;
        this.clock = clock;
        this.user = user;
        this.connection = connection;
    }

    /** True when a dry run of {@code keys} on {@code source} is worth spreading over the cores. */
    static boolean fits(ProfileSource source, List<EntryRef> keys, BulkOptions o) {
        return o.dryRun() && source.capabilities().budget() == null && keys.size() > ReadAhead.CHUNK
                && Runtime.getRuntime().availableProcessors() > 1;
    }

    BulkRun.Summary run(List<EntryRef> keys, Function<EntryRef, List<Intent>> intents, @Nullable ValueFilter where,
                        BulkOptions o, BulkRun.Pass pass, BooleanSupplier cancelled) {
        int workers = Math.min(4, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers, Daemons.named("bulk-dry-run"));
        String reason = BulkEdit.reason(o.reason(), o.batch());
        Deque<Future<List<@Nullable KeyPlan>>> inFlight = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < keys.size() || !inFlight.isEmpty()) {
                while (next < keys.size() && inFlight.size() < 2 * workers && !cancelled.getAsBoolean()) {
                    List<EntryRef> chunk = keys.subList(next, Math.min(keys.size(), next + ReadAhead.CHUNK));
                    inFlight.add(pool.submit(() -> plan(chunk, intents, where, reason)));
                    next += chunk.size();
                }
                if (inFlight.isEmpty()) {
                    break;
                }
                for (KeyPlan p : inFlight.removeFirst().get()) {
                    if (cancelled.getAsBoolean()) {
                        return pass.summary(true);
                    }
                    pass.step();
                    if (p == null) {
                        pass.notMatching++;
                    } else {
                        pass.finish(p);
                    }
                }
            }
            return pass.summary(cancelled.getAsBoolean());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return pass.summary(true);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One chunk's plans in order; null where the key does not match {@code where}. */
    private List<@Nullable KeyPlan> plan(List<EntryRef> chunk, Function<EntryRef, List<Intent>> intents,
                                         @Nullable ValueFilter where, String reason) {
        ProfileSource reading = ReadAhead.over(source, chunk);
        BulkEdit bulk = new BulkEdit(new SaveUseCase(reading, audit, clock, user, connection));
        List<@Nullable KeyPlan> out = new ArrayList<>(chunk.size());
        for (EntryRef ref : chunk) {
            out.add(bulk.apply(ref, intents.apply(ref), reason, true, where));
        }
        return out;
    }
}
