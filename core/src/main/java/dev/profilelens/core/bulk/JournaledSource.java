package dev.profilelens.core.bulk;

import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.time.Clock;

/**
 * The source a batch writes through: every write is recorded in the batch journal (key, the version it is
 * conditional on, the SHA-256 of its bytes) before it is sent, so a run that dies between the write and its done
 * record can tell on resume whether the write landed (ADR 0191).
 */
final class JournaledSource extends ForwardingProfileSource {
    private final BatchJournal journal;
    private final Clock clock;

    JournaledSource(ProfileSource delegate, BatchJournal journal, Clock clock) {
        super(delegate);
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public WriteResult write(WriteRequest request) {
        Precondition p = request.precondition();
        journal.intent(new BatchJournal.WriteIntent(request.ref(),
                p.kind() == Precondition.Kind.MATCH_VERSION ? p.version() : null, Sha256.hex(request.value()),
                clock.instant()));
        return delegate().write(request);
    }
}
