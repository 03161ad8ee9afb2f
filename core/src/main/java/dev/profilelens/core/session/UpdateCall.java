package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.MirroredMetadata;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Roblox {@code UpdateAsync} on the store SPI: read → (latency) → transform a copy → conditional write
 * ({@code matchVersion}, or {@code mustNotExist} for a missing key) → on {@link VersionConflictException} run the
 * transform again on the fresh value. The key's UserIds and metadata are always derived from the value's own
 * {@code UserIds} / {@code RobloxMetaData} (spec §2). Everything runs as scheduler tasks.
 */
public final class UpdateCall {
    /** The transform; it may throw to fail the call (the libraries' hooks raising). */
    @FunctionalInterface
    public interface Transform {
        ObjectNode apply(@Nullable JsonNode stored);
    }

    /** The value as written and its version. */
    public record Result(ObjectNode value, String version) {
    }

    private final ProfileSource source;
    private final Scheduler scheduler;
    private final Duration latency;
    private final BooleanSupplier alive;

    public UpdateCall(ProfileSource source, Scheduler scheduler, Duration latency, BooleanSupplier alive) {
        this.source = source;
        this.scheduler = scheduler;
        this.latency = latency;
        this.alive = alive;
    }

    /** Starts the call; exactly one of the callbacks runs, unless the caller died (crash) in between. */
    public void run(EntryRef ref, Transform transform, Consumer<Result> done, Consumer<RuntimeException> failed) {
        Optional<StoredEntry> current;
        try {
            current = source.read(ref);
        } catch (RuntimeException e) {
            failed.accept(e);
            return;
        }
        scheduler.schedule(latency, () -> {
            if (alive.getAsBoolean()) {
                write(ref, current, transform, done, failed);
            }
        });
    }

    private void write(EntryRef ref, Optional<StoredEntry> current, Transform transform, Consumer<Result> done,
                       Consumer<RuntimeException> failed) {
        ObjectNode value;
        WriteResult result;
        try {
            JsonNode stored = current.isEmpty() ? null : parse(current.get().value());
            value = transform.apply(stored == null ? null : stored.deepCopy());
            Precondition pre = current.map(e -> Precondition.matchVersion(e.version()))
                    .orElse(Precondition.mustNotExist());
            result = source.write(new WriteRequest(ref, RobloxJson.write(value), MirroredMetadata.userIds(value),
                    MirroredMetadata.attributes(value), pre));
        } catch (VersionConflictException conflict) {
            run(ref, transform, done, failed);
            return;
        } catch (RuntimeException e) {
            failed.accept(e);
            return;
        }
        done.accept(new Result(value, result.version()));
    }

    private static @Nullable JsonNode parse(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? null : RobloxJson.parse(bytes);
    }
}
