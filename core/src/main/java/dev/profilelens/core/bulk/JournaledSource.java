package dev.profilelens.core.bulk;

import dev.profilelens.core.store.BatchWrites;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The source a batch writes through: every write is recorded in the batch journal (key, the version it is
 * conditional on, the SHA-256 of its bytes) before it is sent, so a run that dies between the write and its done
 * record can tell on resume whether the write landed (ADR 0191). A group of writes (ADR 0230) is journaled whole
 * before its one transaction is sent to the back end's {@link BatchWrites}.
 */
final class JournaledSource extends ForwardingProfileSource implements BatchWrites {
    private final BatchJournal journal;
    private final Clock clock;
    private final @Nullable BatchWrites group;

    /** {@code group}: the back end's group writes, or null when it has none (then {@link #writeAll} refuses). */
    JournaledSource(ProfileSource delegate, BatchJournal journal, Clock clock, @Nullable BatchWrites group) {
        super(delegate);
        this.journal = journal;
        this.clock = clock;
        this.group = group;
    }

    @Override
    public WriteResult write(WriteRequest request) {
        intent(request);
        return delegate().write(request);
    }

    @Override
    public List<Optional<WriteResult>> writeAll(List<WriteRequest> requests) {
        if (group == null) {
            throw new IllegalStateException("the source " + describe() + " cannot write keys in groups");
        }
        journal.intents(requests.stream().map(this::intentOf).toList());
        return group.writeAll(requests);
    }

    private void intent(WriteRequest request) {
        journal.intent(intentOf(request));
    }

    private BatchJournal.WriteIntent intentOf(WriteRequest request) {
        Precondition p = request.precondition();
        return new BatchJournal.WriteIntent(request.ref(), p.kind() == Precondition.Kind.MATCH_VERSION ? p.version()
                : null, Sha256.hex(request.value()), clock.instant());
    }
}
