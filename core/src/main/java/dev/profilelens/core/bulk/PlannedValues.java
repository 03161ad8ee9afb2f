package dev.profilelens.core.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values a dry run over a store with a request budget read (ADR 0231), kept in {@code batches/NAME.plan} so that
 * the run of the approved plan does not read them again: the first read of each key in the run is answered from
 * the plan (the plan is the set the user approved), every later read of it goes to the store. A key the plan shows
 * unchanged, invalid, not matching or live is reported so without a request; a key it would change is written
 * conditionally on the version the dry run read, and read again only when that write fails (changed since).
 */
final class PlannedValues extends ForwardingProfileSource {
    private final Map<EntryRef, Optional<StoredEntry>> planned;

    private PlannedValues(ProfileSource source, Map<EntryRef, Optional<StoredEntry>> planned) {
        super(source);
        this.planned = planned;
    }

    @Override
    public Optional<StoredEntry> read(EntryRef ref) {
        Optional<StoredEntry> p = planned.remove(ref);
        return p != null ? p : delegate().read(ref);
    }

    /** How old a plan may be and still answer reads (an older one is ignored: every key is read). */
    static final Duration MAX_AGE = Duration.ofHours(24);

    /**
     * {@code source} answering first reads from the plan at {@code file}; {@code source} itself when there is none
     * or it is older than {@link #MAX_AGE}.
     */
    static ProfileSource over(ProfileSource source, Path file, Instant now) {
        try {
            if (!Files.exists(file) || Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(MAX_AGE))) {
                return source;
            }
        } catch (IOException e) {
            return source;
        }
        Map<EntryRef, Optional<StoredEntry>> planned = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode o;
                try {
                    o = RobloxJson.parse(line.getBytes(StandardCharsets.UTF_8));
                } catch (RuntimeException cutShort) {
                    continue; // the last line of a dry run that died mid-append
                }
                EntryRef ref = new EntryRef(o.path("store").asText(), o.path("scope").asText(), o.path("key").asText());
                planned.put(ref, o.hasNonNull("version") ? Optional.of(entry(ref, o)) : Optional.empty());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the batch plan " + file + ": " + e.getMessage(), e);
        }
        return new PlannedValues(source, planned);
    }

    private static StoredEntry entry(EntryRef ref, JsonNode o) {
        List<Long> ids = new ArrayList<>();
        o.path("userIds").forEach(n -> ids.add(n.asLong()));
        return new StoredEntry(ref, Base64.getDecoder().decode(o.path("value").asText()), o.path("version").asText(),
                ids, o.path("attributes").asText("{}"), Instant.ofEpochMilli(o.path("created").asLong()),
                Instant.ofEpochMilli(o.path("updated").asLong()));
    }

    /** A dry run's source that records every value it reads (first read of a key) in the plan file. */
    static final class Recording extends ForwardingProfileSource implements AutoCloseable {
        private final BufferedWriter out;
        private final Set<EntryRef> seen = new HashSet<>();

        Recording(ProfileSource source, Path file) {
            super(source);
            try {
                Path dir = file.toAbsolutePath().getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); // a new dry run: a new plan
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the batch plan " + file + ": " + e.getMessage(), e);
            }
        }

        @Override
        public Optional<StoredEntry> read(EntryRef ref) {
            Optional<StoredEntry> e = delegate().read(ref);
            if (seen.add(ref)) {
                ObjectNode o = RobloxJson.nodes().objectNode().put("store", ref.store()).put("scope", ref.scope())
                        .put("key", ref.key());
                e.ifPresent(s -> {
                    o.put("version", s.version()).put("value", Base64.getEncoder().encodeToString(s.value()))
                            .put("attributes", s.attributesJson()).put("created", s.created().toEpochMilli())
                            .put("updated", s.updated().toEpochMilli());
                    s.userIds().forEach(o.putArray("userIds")::add);
                });
                try {
                    out.write(RobloxJson.writeString(o));
                    out.write('\n');
                } catch (IOException x) {
                    throw new UncheckedIOException("Cannot write the batch plan: " + x.getMessage(), x);
                }
            }
            return e;
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the batch plan: " + e.getMessage(), e);
            }
        }
    }
}
