package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.bulk.BulkProgress;
import dev.profilelens.core.bulk.BulkRun;
import dev.profilelens.core.bulk.KeyPlan;
import dev.profilelens.core.bulk.KeySet;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How {@code bulk} talks on the console: one JSON line per key on stdout (flushed with each progress line, at most
 * once a second, not after every key: a flush per line cost a run a system call per key), progress (rate, ETA) on
 * stderr at most once a second, and Ctrl+C turned into a clean stop: the key in flight finishes, its journal record
 * is written, the summary says {@code cancelled} and the same {@code --batch} resumes.
 */
final class BulkConsole implements BulkRun.Listener, AutoCloseable {
    private static final long PROGRESS_NANOS = 1_000_000_000L;
    private final PrintWriter out;
    private final PrintWriter err;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean cancelled;
    private final @Nullable Function<EntryRef, List<String>> skipped;
    private long lastPrinted;

    BulkConsole(PrintWriter out, PrintWriter err) {
        this(out, err, null);
    }

    /** {@code skipped}: for a revert, the paths of a key left alone (listed as {@code "skipped"}). */
    BulkConsole(PrintWriter out, PrintWriter err, @Nullable Function<EntryRef, List<String>> skipped) {
        this.out = out;
        this.err = err;
        this.skipped = skipped;
        this.hook = new Thread(() -> {
            cancelled = true;
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bulk-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    boolean cancelled() {
        return cancelled;
    }

    void rejected(KeySet.Rejected r) {
        ObjectNode o = RobloxJson.nodes().objectNode();
        o.put("line", r.line());
        o.put("plan", KeyPlan.Plan.INVALID.jsonName());
        o.put("message", r.message());
        out.println(o);
    }

    @Override
    public void key(KeyPlan p) {
        ObjectNode o = line(p);
        Function<EntryRef, List<String>> skips = skipped;
        if (skips != null) {
            ArrayNode a = o.putArray("skipped");
            skips.apply(p.ref()).forEach(a::add);
        }
        out.print(o.toString() + System.lineSeparator()); // print, unlike println, leaves the flush to progress()
    }

    static ObjectNode line(KeyPlan p) {
        ObjectNode o = RobloxJson.nodes().objectNode();
        o.put("store", p.ref().store());
        o.put("scope", p.ref().scope());
        o.put("key", p.ref().key());
        o.put("plan", p.plan().jsonName());
        o.set("patch", p.patch());
        o.put("written", p.written());
        o.put("message", p.message());
        return o;
    }

    @Override
    public void progress(BulkProgress p) {
        long now = System.nanoTime();
        if (now - lastPrinted >= PROGRESS_NANOS || p.done() == p.total()) {
            lastPrinted = now;
            out.flush();
            err.println("bulk: " + p.describe());
            err.flush();
        }
    }

    /** Prints the summary line; the exit code (4 when live profiles were left, 0 otherwise). */
    int summary(BulkRun.Summary s, int rejectedLines) {
        ObjectNode o = RobloxJson.nodes().objectNode();
        o.put("summary", s.cancelled() ? "cancelled" : s.dryRun() ? "dry-run" : "done");
        o.put("batch", s.batch());
        for (KeyPlan.Plan p : KeyPlan.Plan.values()) {
            o.put(p.jsonName(), s.count(p) + (p == KeyPlan.Plan.INVALID ? rejectedLines : 0));
        }
        o.put("alreadyDone", s.alreadyDone());
        o.put("settled", s.settled());
        o.put("notMatching", s.notMatching());
        out.println(o);
        if (s.cancelled()) {
            err.println("bulk: cancelled; run the same command with --batch " + s.batch() + " to resume");
        }
        return !s.dryRun() && s.count(KeyPlan.Plan.LIVE) > 0 ? 4 : 0;
    }

    @Override
    public void close() {
        out.flush();
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl+C: the hook is running and now returns
        }
    }
}
