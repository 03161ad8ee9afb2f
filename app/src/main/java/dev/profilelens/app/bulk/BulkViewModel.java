package dev.profilelens.app.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.env.Environment;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.bulk.BatchRevert;
import dev.profilelens.core.bulk.BulkOptions;
import dev.profilelens.core.bulk.BulkProgress;
import dev.profilelens.core.bulk.BulkRun;
import dev.profilelens.core.bulk.KeyPlan;
import dev.profilelens.core.bulk.KeySet;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.updates.DeliveryTemplate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The bulk window's state: the dry run's or run's per-key plans (shown as they come, in chunks), counts, progress
 * with rate and ETA, Cancel, and the batch name to revert. Every step runs on the TaskExecutor through
 * {@link BulkRun}, the same use case as {@code profilelens bulk}.
 */
public final class BulkViewModel {
    private static final int MAX_ROWS = 5_000;
    private final ConnectionSession session;
    private final TaskExecutor tasks;
    private final Supplier<AuditLog> audit;
    private final Environment env;
    private final Function<String, JsonNode> templates;
    private final Executor ui;
    private final ObservableList<KeyPlan> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper lastBatch = new ReadOnlyStringWrapper(this, "lastBatch", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final AtomicBoolean cancel = new AtomicBoolean();
    /** Set on the FX thread once the summary is shown: a progress update arriving later must not replace it. */
    private boolean settled;

    /**
     * {@code templates} gives a store's delivery template ({@code {"rules":[…]}}, the composer's
     * {@code DeliveryTemplates}) for the live choice "deliver"; called off the FX thread.
     */
    public BulkViewModel(ConnectionSession session, TaskExecutor tasks, Supplier<AuditLog> audit, Environment env,
                     Function<String, JsonNode> templates, Executor ui) {
        this.session = session;
        this.tasks = tasks;
        this.audit = audit;
        this.env = env;
        this.templates = templates;
        this.ui = ui;
    }

    /** Plans every key of the set; writes nothing. */
    public void dryRun(BulkRequest r) {
        start(r, true);
    }

    /** Runs the batch (resumes it when the name was run before). */
    public void run(BulkRequest r) {
        start(r, false);
    }

    private void start(BulkRequest r, boolean dry) {
        begin(dry ? "dry run…" : "running batch " + r.batch() + "…");
        tasks.execute(BackgroundTask.of(dry ? "Bulk dry run" : "Bulk run", () -> {
            List<Intent> intents = r.parsedIntents();
            var filter = r.filter();
            KeySet set = r.keys(session.source());
            BulkOptions.Live live = dry ? BulkOptions.Live.SKIP : r.live();
            // "deliver": live profiles get the edit through the store's update template, as --live deliver
            DeliveryTemplate template = live == BulkOptions.Live.DELIVER ? DeliveryTemplate.parse(
                    templates.apply(r.store().strip()), "the delivery template of " + r.store().strip()) : null;
            BulkOptions o = new BulkOptions(r.batch(), r.reason(), dry, live, Duration.ofMinutes(10),
                    Duration.ofSeconds(2), template);
            return runner().run(set.keys(), ref -> intents, filter, o, new Feed(), cancel::get);
        }).onSuccess(this::finished).onFailure(this::failed).onFinished(() -> running.set(false)));
    }

    /** Undoes a batch (guarded per path) as batch {@code NAME.revert}. */
    public void revert(String batch, String reason) {
        begin("reverting batch " + batch + "…");
        tasks.execute(BackgroundTask.of("Revert batch " + batch, () -> {
            BatchRevert plan = BatchRevert.plan(audit.get(), session.source(), batch,
                    runner().journalFile(batch));
            BulkOptions o = new BulkOptions(BatchRevert.revertName(batch), reason, false, BulkOptions.Live.SKIP,
                    Duration.ZERO, Duration.ofSeconds(1), null);
            return runner().run(plan.keys(), plan::intents, null, o, new Feed(), cancel::get);
        }).onSuccess(this::finished).onFailure(this::failed).onFinished(() -> running.set(false)));
    }

    public void cancel() {
        cancel.set(true);
    }

    private BulkRun runner() {
        return new BulkRun(session.source(), audit.get(), env.clock(), env.user(), session.connection().name(),
                env.file("batches"));
    }

    private void begin(String what) {
        cancel.set(false);
        settled = false;
        rows.clear();
        counts.set("");
        progress.set(0);
        running.set(true);
        status.set(what);
    }

    private void finished(BulkRun.Summary s) {
        settled = true;
        progress.set(1);
        counts.set(BulkSummaries.counts(s));
        status.set(BulkSummaries.describe(s));
        if (!s.dryRun()) {
            lastBatch.set(s.batch());
        }
    }

    private void failed(Throwable e) {
        settled = true;
        status.set(e instanceof InspectorException ie ? ie.userMessage() : "The bulk edit stopped: " + e);
    }

    /** Collects plans on the worker and hands them to the FX thread in chunks, with the progress. */
    private final class Feed implements BulkRun.Listener {
        private final List<KeyPlan> pending = new ArrayList<>();

        @Override
        public void key(KeyPlan p) {
            synchronized (pending) {
                pending.add(p);
            }
        }

        @Override
        public void progress(BulkProgress p) {
            List<KeyPlan> chunk;
            synchronized (pending) {
                chunk = List.copyOf(pending);
                pending.clear();
            }
            ui.execute(() -> {
                if (rows.size() < MAX_ROWS) {
                    rows.addAll(chunk.subList(0, Math.min(chunk.size(), MAX_ROWS - rows.size())));
                }
                if (!settled) {
                    progress.set(p.total() == 0 ? 1 : (double) p.done() / p.total());
                    status.set(p.describe());
                }
            });
        }
    }

    public ObservableList<KeyPlan> rows() {
        return rows;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The batch last run (for Revert). */
    public ReadOnlyStringProperty lastBatchProperty() {
        return lastBatch.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
