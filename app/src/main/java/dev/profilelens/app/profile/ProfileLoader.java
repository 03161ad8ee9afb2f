package dev.profilelens.app.profile;

import dev.profilelens.core.codec.InspectReport;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.lock.LockClassifier;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * Reads one key and works out everything the panes need. Runs on the connection's lane, never the FX thread; the
 * Raw text is laid out on {@code formatter} once the value is decoded, while the other panes are shown. A value that
 * cannot be decoded throws {@link UnreadableValue}, which carries that text.
 */
public final class ProfileLoader {
    private final Clock clock;
    private final Executor formatter;

    public ProfileLoader(Clock clock, Executor formatter) {
        this.clock = clock;
        this.formatter = formatter;
    }

    public ProfileSnapshot load(ProfileSource source, EntryRef ref) {
        Optional<StoredEntry> entry = source.read(ref);
        return of(ref, entry.orElse(null));
    }

    public ProfileSnapshot of(EntryRef ref, @Nullable StoredEntry entry) {
        ProfileReading reading;
        try {
            reading = entry == null ? ProfileReading.missing() : ProfileCodec.read(entry.value());
        } catch (RuntimeException e) {
            throw new UnreadableValue(e, RawText.start(entry, formatter));
        }
        // laid out once the value is decoded: the panes shown first need the decoded value, the Raw pane (painted
        // last) its text, and on two cores a layout beside the decode slowed the decode (ADR 0276)
        RawText raw = RawText.start(entry, formatter);
        LockState lock = new LockClassifier(clock).classify(reading);
        return new ProfileSnapshot(ref, entry, reading, lock, InspectReport.of(reading, lock), clock.instant(), raw);
    }
}
