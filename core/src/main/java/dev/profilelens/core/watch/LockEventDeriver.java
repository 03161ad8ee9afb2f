package dev.profilelens.core.watch;

import dev.profilelens.core.lock.LockStatus;
import dev.profilelens.core.model.SessionTag;
import dev.profilelens.core.store.EntryRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Derives lock events from two successive readings of one key (pure; no clock of its own).
 * Ownership changes between the same server's sessions (same PlaceId/JobId, new session) read as a release and a
 * new acquisition; an owner change between different servers is a takeover after dead when the previous lock was
 * dead at the time of the new reading, else a steal. Several events may come from one pair of readings, in the
 * order: ownership, staleness, force-load, load count.
 */
public final class LockEventDeriver {
    private LockEventDeriver() {
    }

    public static List<LockEvent> derive(EntryRef key, @Nullable LockSnapshot previous, LockSnapshot current) {
        List<LockEvent> out = new ArrayList<>(2);
        if (previous == null) {
            out.add(event(key, LockEventKind.OBSERVED, null, current));
            return out;
        }
        SessionTag before = previous.lock().owner();
        SessionTag after = current.lock().owner();
        if (before == null && after != null) {
            out.add(event(key, LockEventKind.ACQUIRED, previous, current));
        } else if (before != null && after == null) {
            out.add(event(key, LockEventKind.RELEASED, previous, current));
        } else if (before != null && after != null && !sameSession(before, after)) {
            if (before.sameServer(after)) {
                out.add(event(key, LockEventKind.RELEASED, previous, current));
                out.add(event(key, LockEventKind.ACQUIRED, previous, current));
            } else if (previous.deadAt(current.readAt())) {
                out.add(event(key, LockEventKind.TAKEN_OVER_AFTER_DEAD, previous, current));
            } else {
                out.add(event(key, LockEventKind.STOLEN, previous, current));
            }
        } else if (after != null && current.lock().status() == LockStatus.STALE
                && previous.lock().status() != LockStatus.STALE) {
            out.add(event(key, LockEventKind.WENT_STALE, previous, current));
        }
        SessionTag requester = current.lock().forceLoadRequestedBy();
        if (requester != null && !sameTag(requester, previous.lock().forceLoadRequestedBy())) {
            out.add(event(key, LockEventKind.FORCE_LOAD_REQUESTED, previous, current));
        }
        if (!Objects.equals(previous.loadCount(), current.loadCount())) {
            out.add(event(key, LockEventKind.LOAD_COUNT_CHANGED, previous, current));
        }
        return out;
    }

    private static boolean sameSession(SessionTag a, SessionTag b) {
        return a.sameServer(b) && Objects.equals(a.sessionId(), b.sessionId());
    }

    private static boolean sameTag(SessionTag a, @Nullable SessionTag b) {
        return b != null && sameSession(a, b);
    }

    private static LockEvent event(EntryRef key, LockEventKind kind, @Nullable LockSnapshot previous,
                                   LockSnapshot current) {
        return new LockEvent(key, kind, current.readAt(), current.lock().status(), current.lock().owner(),
                previous == null ? null : previous.lock().owner(), current.lock().forceLoadRequestedBy(),
                current.loadCount(), previous == null ? null : previous.loadCount(), current.version());
    }
}
