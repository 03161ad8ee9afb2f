package dev.profilelens.core.bulk;

import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.audit.index.Sleeper;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.SavePipeline;
import dev.profilelens.core.edit.SaveUseCase;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.store.BatchWrites;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.updates.Delivery;
import dev.profilelens.core.updates.DeliveryTemplate;
import dev.profilelens.core.wait.Poll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The bulk edit use case (issue #20, ADR 0152, 0191): a set of keys × intents, key by key through the save use case,
 * paced to the write budget; a dry run plans every key and writes nothing; a run journals every write
 * ({@link BatchJournal}) so that running the same batch again resumes it exactly once, waits for or delivers to
 * live profiles, reports progress and stops cleanly when cancelled. Used by the CLI and the app alike.
 */
public final class BulkRun {
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;
    /**
     * Keys written in one transaction of a local store (ADR 0230), for sets larger than this; smaller sets are written
     * key by key. A cancelled run stops after the group in flight.
     */
    static final int GROUP = 128;
    private final ProfileSource source;
    private final AuditLog audit;
    private final Clock clock;
    private final String user;
    private final String connection;
    private final Path journalDir;

    /** {@code journalDir} holds one journal per batch ({@code NAME.journal}). */
    public BulkRun(ProfileSource source, AuditLog audit, Clock clock, String user, String connection,
                   Path journalDir) {
        this.source = source;
        this.audit = audit;
        this.clock = clock;
        this.user = user;
        this.connection = connection;
        this.journalDir = journalDir;
    }

    /** Receives each key's final plan and, a few times a second, the progress. Called on the running thread. */
    public interface Listener {
        void key(KeyPlan plan);

        default void progress(BulkProgress progress) {
        }
    }

    /**
     * What a run did.
     *
     * @param alreadyDone keys a previous run of the batch finished (skipped)
     * @param settled     keys whose write a previous run made but did not record (found in the store, not redone)
     * @param notMatching keys the {@code where} filter left out
     */
    public record Summary(String batch, boolean dryRun, Map<KeyPlan.Plan, Integer> counts, int alreadyDone,
                          int settled, int notMatching, boolean cancelled) {
        public int count(KeyPlan.Plan p) {
            return counts.getOrDefault(p, 0);
        }
    }

    public Path journalFile(String batch) {
        return journalDir.resolve(batch + ".journal");
    }

    /** The values a dry run of {@code batch} read from a store with a request budget (ADR 0231). */
    public Path planFile(String batch) {
        return journalDir.resolve(batch + ".plan");
    }

    /** Runs {@code intents} (per key) over {@code keys}, the keys {@code where} rejects left out. */
    public Summary run(List<EntryRef> keys, Function<EntryRef, List<Intent>> intents, @Nullable ValueFilter where,
                       BulkOptions o, Listener listener, BooleanSupplier cancelled) {
        if (ParallelDryRun.fits(source, keys, o)) {
            return new ParallelDryRun(source, audit, clock, user, connection).run(keys, intents, where, o,
                    new Pass(keys.size(), listener, null, o), cancelled);
        }
        boolean budgeted = source.capabilities().budget() != null;
        try (BatchJournal journal = o.dryRun() ? null : BatchJournal.open(journalFile(o.batch()));
             PlannedValues.Recording recording = o.dryRun() && budgeted
                     ? new PlannedValues.Recording(source, planFile(o.batch())) : null) {
            if (journal != null && budgeted) {
                journal.forceEachIntent(); // a remote store: its writes are durable at once (ADR 0192)
            }
            // against a budget, a run takes the values its dry run read as its first reads (ADR 0231)
            ProfileSource base = recording != null ? recording : budgeted && journal != null
                    ? PlannedValues.over(source, planFile(o.batch()), clock.instant()) : source;
            BatchWrites grouped = journal == null || source.capabilities().budget() != null || keys.size() <= GROUP
                    ? null : source.underlying() instanceof BatchWrites b ? b : null;
            // in groups, keys are read ahead on the preparing thread only; the writing thread reads what changed
            ProfileSource reading = grouped == null ? ReadAhead.over(base, keys) : source;
            if (journal != null && grouped != null) {
                journal.forceInBackground(); // the writes of a local store do not wait for the disk (ADR 0230)
            }
            JournaledSource journaled = journal == null ? null : new JournaledSource(reading, journal, clock, grouped);
            // a turn of the write budget for each write, not for each key (ADR 0231)
            ProfileSource writes = new PacedWrites(journaled == null ? reading : journaled, new RequestPacer(
                    source.capabilities().budget(), 0.97, clock, Sleeper.real()));
            BatchAuditLog log = new BatchAuditLog(audit, o.batch());
            SavePipeline pipeline = new SavePipeline(writes, log, clock, user, connection);
            BulkEdit bulk = new BulkEdit(pipeline.useCase());
            Pass pass = new Pass(keys.size(), listener, journal, o);
            Keys each = new Keys(bulk, new Delivery(pipeline, writes), intents, where, o, pass);
            String reason = BulkEdit.reason(o.reason(), o.batch());
            try (GroupPipeline groups = grouped == null || journaled == null ? null : new GroupPipeline(
                    new BulkEdit(new SaveUseCase(ReadAhead.over(source, keys), log, clock, user, connection)), bulk,
                    journaled, intents, reason, where, each::handle)) {
                return run(keys, journal, groups, each, pass, cancelled);
            }
        }
    }

    private Summary run(List<EntryRef> keys, @Nullable BatchJournal journal, @Nullable GroupPipeline groups, Keys each,
                        Pass pass, BooleanSupplier cancelled) {
        WriteSettler settler = new WriteSettler(source);
        List<EntryRef> group = new ArrayList<>();
        Set<EntryRef> seen = new HashSet<>();
        for (EntryRef ref : keys) {
            if (cancelled.getAsBoolean()) {
                finish(groups, group);
                return pass.summary(true);
            }
            pass.step();
            if (journal != null && (journal.doneAs(ref).isPresent() || groups != null && !seen.add(ref))) {
                pass.alreadyDone++; // (a key listed twice: its first write is this run's)
                continue;
            }
            if (journal != null && settler.landed(ref, journal.pending(ref))) {
                pass.settled++;
                pass.finish(new KeyPlan(ref, KeyPlan.Plan.CHANGE, RobloxJson.nodes().arrayNode(), true,
                        "written by an earlier run of the batch that stopped before recording it; not redone"));
                continue;
            }
            if (groups != null) {
                group.add(ref);
                if (group.size() == GROUP) {
                    groups.add(group);
                    group.clear();
                }
                continue;
            }
            // the filter is checked on the value the write is based on, inside the save loop (issue #20 item 2)
            each.handle(ref, each.bulk.apply(ref, each.intents.apply(ref), BulkEdit.reason(each.o.reason(),
                    each.o.batch()), each.o.dryRun(), each.where));
        }
        finish(groups, group);
        new LiveWait(each.bulk, each.o, Poll.real()).await(each.waiting, each.intents, each.where, pass, cancelled);
        return pass.summary(cancelled.getAsBoolean());
    }

    /** The last, partly filled group, and the group before it still in flight, written. */
    private static void finish(@Nullable GroupPipeline groups, List<EntryRef> group) {
        if (groups != null) {
            if (!group.isEmpty()) {
                groups.add(group);
            }
            groups.finishInFlight();
        }
    }

    /** What happens to each key's plan: counted, delivered or kept waiting when live, journaled when final. */
    private static final class Keys {
        final BulkEdit bulk;
        private final Delivery delivery;
        final Function<EntryRef, List<Intent>> intents;
        final @Nullable ValueFilter where;
        final BulkOptions o;
        private final Pass pass;
        final List<EntryRef> waiting = new ArrayList<>();

        Keys(BulkEdit bulk, Delivery delivery, Function<EntryRef, List<Intent>> intents,
             @Nullable ValueFilter where, BulkOptions o, Pass pass) {
            this.bulk = bulk;
            this.delivery = delivery;
            this.intents = intents;
            this.where = where;
            this.o = o;
            this.pass = pass;
        }

        void handle(EntryRef ref, @Nullable KeyPlan planned) {
            KeyPlan p = planned;
            if (p == null) {
                pass.notMatching++;
                return;
            }
            DeliveryTemplate template = o.template();
            if (p.plan() == KeyPlan.Plan.LIVE && !o.dryRun() && o.live() == BulkOptions.Live.DELIVER
                    && template != null) {
                p = bulk.deliver(delivery, ref, intents.apply(ref), template, BulkEdit.reason(o.reason(), o.batch()));
            }
            if (p.plan() == KeyPlan.Plan.LIVE && !o.dryRun() && o.live() == BulkOptions.Live.WAIT) {
                waiting.add(ref);
                pass.waiting = waiting.size();
            } else {
                pass.finish(p);
            }
        }
    }

    /** Counts and progress of one run. */
    static final class Pass {
        private final Map<KeyPlan.Plan, Integer> counts = new EnumMap<>(KeyPlan.Plan.class);
        private final int total;
        private final Listener listener;
        private final @Nullable BatchJournal journal;
        private final BulkOptions options;
        private final long start = System.nanoTime();
        private long lastProgress;
        int handled;
        int alreadyDone;
        int settled;
        int notMatching;
        int waiting;

        Pass(int total, Listener listener, @Nullable BatchJournal journal, BulkOptions options) {
            this.total = total;
            this.listener = listener;
            this.journal = journal;
            this.options = options;
        }

        void step() {
            handled++;
            long now = System.nanoTime();
            if (now - lastProgress >= PROGRESS_EVERY_NANOS || handled == total) {
                lastProgress = now;
                listener.progress(progress(now));
            }
        }

        /** Progress without a new key (while waiting for live profiles). */
        void heartbeat() {
            if (journal != null) {
                try {
                    journal.force(); // nothing else appends while the run waits
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write the batch journal: " + e.getMessage(), e);
                }
            }
            lastProgress = System.nanoTime();
            listener.progress(progress(lastProgress));
        }

        void finish(KeyPlan p) {
            counts.merge(p.plan(), 1, Integer::sum);
            if (journal != null && p.plan() != KeyPlan.Plan.LIVE) {
                journal.done(p.ref(), p.plan().jsonName(), p.changes());
            }
            listener.key(p);
        }

        BulkProgress progress(long now) {
            double secs = Math.max(1e-3, (now - start) / 1e9);
            double rate = handled / secs;
            long eta = rate <= 0 ? -1 : Math.round((total - handled) / rate);
            return new BulkProgress(handled, total, rate, eta, waiting, counts);
        }

        Summary summary(boolean cancelled) {
            listener.progress(progress(System.nanoTime()));
            return new Summary(options.batch(), options.dryRun(), new EnumMap<>(counts), alreadyDone, settled,
                    notMatching, cancelled);
        }
    }
}
