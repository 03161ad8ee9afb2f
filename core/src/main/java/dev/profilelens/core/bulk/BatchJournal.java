package dev.profilelens.core.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.concurrent.Daemons;
import dev.profilelens.core.store.EntryRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A batch's journal (ADR 0191): one JSON line per record, appended. Before every write of the batch an
 * <em>intent</em> line names the key, the version the write is conditional on and the SHA-256 of the bytes sent;
 * after a key reaches its final state a <em>done</em> line names the key and its plan. A key with intents but no
 * done line was cut short between the two; {@link WriteSettler} decides from the stored versions whether its write
 * landed, so a resumed batch never applies a delta twice. A half-written last line (the process died mid-append)
 * is ignored. Every line is handed to the operating system before the write it announces is sent (a crash of the
 * process loses none); lines are forced to the disk by the first append {@value #FORCE_EVERY_MILLIS} ms or more after
 * the last force ended, by {@link #force()} (a run waiting for live profiles calls it) and on close (group commit, ADR
 * 0192: a force per line costs 2–4 ms here, which would cap a batch at a few hundred writes a second). A run in
 * groups (ADR 0230) has them forced every {@value #FORCE_EVERY_MILLIS} ms by a thread of the journal's own instead
 * ({@link #forceInBackground()}), so its writes do not wait for the disk, and holds its done lines until the next
 * group's intents (one {@code write(2)} a group; a crash in between only leaves keys to settle by their hashes).
 * Not thread-safe otherwise: one batch run at a time.
 */
public final class BatchJournal implements AutoCloseable {
    private final Path file;
    private final Map<String, String> done = new HashMap<>();
    private final Map<String, List<WriteIntent>> pending = new HashMap<>();
    private final Map<EntryRef, List<PathChange>> changes = new LinkedHashMap<>();
    static final long FORCE_EVERY_MILLIS = 100;
    private volatile @Nullable FileChannel out;
    private final LongSupplier nanos;
    private long lastForce;
    private final AtomicInteger unforced = new AtomicInteger();
    private boolean forceEachIntent;
    private @Nullable ScheduledExecutorService forcer;
    /** In group mode, the done lines of the group just written, appended with the next group's intents. */
    private final StringBuilder held = new StringBuilder();

    private BatchJournal(Path file, LongSupplier nanos) {
        this.file = file;
        this.nanos = nanos;
        this.lastForce = nanos.getAsLong() - FORCE_EVERY_MILLIS * 1_000_000L;
    }

    /** Opens (reading what an earlier run recorded) the journal at {@code file}; a missing file is a new batch. */
    public static BatchJournal open(Path file) {
        return open(file, System::nanoTime);
    }

    /** As {@link #open(Path)}, timing the force groups by {@code nanos} (a test's clock). */
    static BatchJournal open(Path file, LongSupplier nanos) {
        BatchJournal j = new BatchJournal(file, nanos);
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    j.replay(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return j;
    }

    /** What a write was about to do. {@code versionBefore} is null for a write that creates the key. */
    public record WriteIntent(EntryRef ref, @Nullable String versionBefore, String sha256, Instant at) {
    }

    /**
     * Forces every intent line to the disk before its write is sent (for a remote store, whose writes are durable
     * at once and paced to a budget of a few per second, so the force costs nothing that counts).
     */
    public void forceEachIntent() {
        this.forceEachIntent = true;
    }

    public Path file() {
        return file;
    }

    /** The plan a key ended with in an earlier run (change, unchanged, invalid, delivered), if it ended. */
    public Optional<String> doneAs(EntryRef ref) {
        return Optional.ofNullable(done.get(ref.toString()));
    }

    /** Writes of {@code ref} begun but not known to have ended (empty when none). */
    public List<WriteIntent> pending(EntryRef ref) {
        return pending.getOrDefault(ref.toString(), List.of());
    }

    public int doneCount() {
        return done.size();
    }

    public void intent(WriteIntent w) {
        intents(List.of(w));
    }

    /** The intents of a group of writes (ADR 0230), appended with one {@code write(2)} before the group is sent. */
    public void intents(List<WriteIntent> group) {
        StringBuilder lines = new StringBuilder(held.length() + group.size() * 200).append(held);
        held.setLength(0);
        for (WriteIntent w : group) {
            ObjectNode o = line("intent", w.ref());
            if (w.versionBefore() != null) {
                o.put("versionBefore", w.versionBefore());
            }
            o.put("sha256", w.sha256());
            o.put("at", w.at().toEpochMilli());
            lines.append(RobloxJson.writeString(o)).append('\n');
        }
        append(lines.toString().getBytes(StandardCharsets.UTF_8));
        if (forceEachIntent) {
            try {
                force();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the batch journal " + file + ": " + e.getMessage(), e);
            }
        }
        for (WriteIntent w : group) {
            pending.computeIfAbsent(w.ref().toString(), k -> new ArrayList<>()).add(w);
        }
    }

    /** What the batch's write of {@code ref} changed, path by path, as recorded (null when not recorded). */
    public @Nullable List<PathChange> changes(EntryRef ref) {
        return changes.get(ref);
    }

    public void done(EntryRef ref, String plan) {
        done(ref, plan, List.of());
    }

    public void done(EntryRef ref, String plan, List<PathChange> written) {
        ObjectNode o = line("done", ref);
        o.put("plan", plan);
        if (!written.isEmpty()) {
            var a = o.putArray("changes");
            for (PathChange c : written) {
                ObjectNode x = a.addObject().put("path", c.path());
                if (c.before() != null) {
                    x.set("before", c.before());
                }
                if (c.after() != null) {
                    x.set("after", c.after());
                }
            }
            changes.put(ref, List.copyOf(written));
        }
        if (forcer != null) {
            // a run in groups: the line goes out with the next group's intents (one write(2) a group, ADR 0230);
            // a run that dies before that settles the key by its intent's hash on resume, as for any lost line
            held.append(RobloxJson.writeString(o)).append('\n');
        } else {
            append(o);
        }
        done.put(ref.toString(), plan);
        pending.remove(ref.toString());
    }

    private static ObjectNode line(String type, EntryRef ref) {
        ObjectNode o = RobloxJson.nodes().objectNode();
        o.put("t", type);
        o.put("store", ref.store());
        o.put("scope", ref.scope());
        o.put("key", ref.key());
        return o;
    }

    private void replay(String line) {
        JsonNode o;
        try {
            o = RobloxJson.parse(line.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException cutShort) {
            return; // the last line of a run that died mid-append
        }
        EntryRef ref = new EntryRef(o.path("store").asText(), o.path("scope").asText(), o.path("key").asText());
        if ("done".equals(o.path("t").asText())) {
            done.put(ref.toString(), o.path("plan").asText());
            if (o.get("changes") instanceof ArrayNode a) {
                List<PathChange> list = new ArrayList<>();
                for (JsonNode c : a) {
                    list.add(new PathChange(c.path("path").asText(), c.get("before"), c.get("after")));
                }
                changes.put(ref, List.copyOf(list));
            }
            pending.remove(ref.toString());
        } else if ("intent".equals(o.path("t").asText())) {
            pending.computeIfAbsent(ref.toString(), k -> new ArrayList<>()).add(new WriteIntent(ref,
                    o.hasNonNull("versionBefore") ? o.get("versionBefore").asText() : null,
                    o.path("sha256").asText(), Instant.ofEpochMilli(o.path("at").asLong())));
        }
    }

    private void append(ObjectNode o) {
        append((RobloxJson.writeString(o) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private void append(byte[] bytes) {
        try {
            if (out == null) {
                Path dir = file.toAbsolutePath().getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
            }
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                out.write(b);
            }
            unforced.incrementAndGet();
            if (forcer == null && nanos.getAsLong() - lastForce >= FORCE_EVERY_MILLIS * 1_000_000L) {
                forceAppended();
                lastForce = nanos.getAsLong(); // the window starts when the disk has the lines (a force can be slow)
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the batch journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** Appends the held done lines and forces the lines appended since the last force to the disk. */
    public void force() throws IOException {
        if (held.length() > 0) {
            byte[] lines = held.toString().getBytes(StandardCharsets.UTF_8);
            held.setLength(0);
            append(lines);
        }
        forceAppended();
    }

    /** Forces what was appended (the background thread's part: held lines belong to the appending thread). */
    private void forceAppended() throws IOException {
        FileChannel o = out;
        int n = unforced.get();
        if (o != null && n > 0) {
            o.force(false);
            unforced.addAndGet(-n);
        }
    }

    /**
     * From now on lines are forced every {@value #FORCE_EVERY_MILLIS} ms by a thread of this journal's, not by the
     * appending thread (a run in groups, ADR 0230); the window a power loss can cost stays the same.
     */
    public void forceInBackground() {
        if (forcer != null || forceEachIntent) {
            return;
        }
        ScheduledExecutorService f = Executors.newSingleThreadScheduledExecutor(Daemons.named("journal-force"));
        f.scheduleWithFixedDelay(() -> {
            try {
                forceAppended();
            } catch (IOException e) {
                // the next force, or close(), tries again and reports
            }
        }, FORCE_EVERY_MILLIS, FORCE_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        forcer = f;
    }

    /** Lines appended but not yet forced to the disk. */
    int unforced() {
        return unforced.get();
    }

    @Override
    public void close() {
        ScheduledExecutorService f = forcer;
        if (f != null) {
            f.shutdown();
            try {
                f.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            force();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileChannel o = out;
        if (o != null) {
            try {
                o.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
