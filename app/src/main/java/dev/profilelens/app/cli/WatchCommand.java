package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.model.SessionTag;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.watch.LockEvent;
import dev.profilelens.core.watch.LockEventKind;
import dev.profilelens.core.watch.LockWatchListener;
import dev.profilelens.core.watch.LockWatcher;
import dev.profilelens.core.watch.WatchScheduler;
import dev.profilelens.core.watch.WatchedPrefix;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens watch STORE KEY…|--prefix P}: one JSON line per lock change, until stopped or --count. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch keys (or every key under a prefix) and print one JSON line per lock change: "
                + "observed (the state when the watch starts), acquired, released, stolen, taken_over_after_dead, "
                + "went_stale, force_load_requested, load_count_changed.",
            "Polls within the source's request budget (half of it); runs until interrupted or --count changes."})
final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SourceOption source;

    @Parameters(index = "0", paramLabel = "STORE")
    String store;

    @Parameters(index = "1..*", paramLabel = "KEY", arity = "0..*")
    List<String> keys = new ArrayList<>();

    @Option(names = "--prefix", paramLabel = "P", description = "Watch every key starting with P.")
    @Nullable String prefix;

    @Option(names = "--scope", defaultValue = "global", description = "Scope (default: ${DEFAULT-VALUE}).")
    String scope;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "2",
            description = "Shortest wait between polls (default ${DEFAULT-VALUE}); the budget may stretch it.")
    double intervalSeconds;

    @Option(names = "--count", paramLabel = "N", description = "Exit after N changes (observed lines not counted).")
    @Nullable Integer count;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        if (keys.isEmpty() && prefix == null) {
            throw new InvalidInputException("watch needs at least one KEY or --prefix P", "KEY");
        }
        if (!(intervalSeconds > 0)) {
            throw new InvalidInputException("--interval must be a positive number of seconds", "--interval");
        }
        if (count != null && count < 1) {
            throw new InvalidInputException("--count must be at least 1", "--count");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch done = new CountDownLatch(1);
        AtomicInteger changes = new AtomicInteger();
        try (ProfileSource s = source.open();
             WatchScheduler scheduler = WatchScheduler.singleThread("profilelens-lock-watch");
             LockWatcher watcher = LockWatcher.create(s, source.env.clock(), scheduler,
                     Duration.ofMillis(Math.round(intervalSeconds * 1000)))) {
            keys.forEach(k -> watcher.watchKey(new EntryRef(store, scope, k)));
            if (prefix != null) {
                watcher.watchPrefix(new WatchedPrefix(store, scope, prefix));
            }
            watcher.addListener(new LockWatchListener() {
                @Override
                public void onEvents(List<LockEvent> events) {
                    for (LockEvent e : events) {
                        if (done.getCount() == 0) {
                            return;
                        }
                        out.println(toJson(e));
                        if (e.kind() != LockEventKind.OBSERVED && count != null
                                && changes.incrementAndGet() >= count) {
                            done.countDown();
                        }
                    }
                    out.flush();
                }

                @Override
                public void onError(@Nullable EntryRef key, InspectorException error) {
                    err.println("warning: " + (key == null ? "listing " + store + "/" + prefix : key) + ": "
                            + error.userMessage());
                }
            });
            watcher.start();
            done.await();
        }
        return 0;
    }

    static String toJson(LockEvent e) {
        ObjectNode o = RobloxJson.nodes().objectNode();
        o.put("at", e.at().toString());
        o.put("store", e.key().store());
        o.put("scope", e.key().scope());
        o.put("key", e.key().key());
        o.put("event", e.kind().jsonName());
        o.put("state", e.status().name().toLowerCase(Locale.ROOT));
        o.set("owner", tag(e.owner()));
        o.set("previousOwner", tag(e.previousOwner()));
        o.set("forceLoadRequestedBy", tag(e.forceLoadBy()));
        putLong(o, "loadCount", e.loadCount());
        putLong(o, "previousLoadCount", e.previousLoadCount());
        if (e.version() == null) {
            o.putNull("version");
        } else {
            o.put("version", e.version());
        }
        return o.toString();
    }

    private static void putLong(ObjectNode o, String name, @Nullable Long v) {
        if (v == null) {
            o.putNull(name);
        } else {
            o.put(name, v);
        }
    }

    private static JsonNode tag(@Nullable SessionTag t) {
        if (t == null) {
            return RobloxJson.nodes().nullNode();
        }
        ObjectNode o = RobloxJson.nodes().objectNode();
        o.set("placeId", t.placeId());
        o.set("jobId", t.jobId());
        if (t.sessionId() == null) {
            o.putNull("sessionId");
        } else {
            o.put("sessionId", t.sessionId());
        }
        return o;
    }
}
