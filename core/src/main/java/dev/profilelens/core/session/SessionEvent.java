package dev.profilelens.core.session;

import dev.profilelens.core.store.EntryRef;
import java.time.Instant;
import java.util.Objects;

/**
 * Something a session runtime did, for logs, the sandbox CLI and the torture test's bookkeeping.
 *
 * @param server    the acting server ({@code placeId/jobId})
 * @param loadCount the session's {@code SessionLoadCount} (for STOLE/TOOK_OVER: the victim's count)
 * @param detail    free text, e.g. the victim's tag or the release reason
 */
public record SessionEvent(Type type, Instant at, String server, EntryRef ref, long loadCount, String detail) {
    public SessionEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(detail, "detail");
    }

    public enum Type {
        /** A session started (lock taken). */
        LOADED,
        /** An owned save was stored (Data written). */
        SAVED,
        /** This server released the lock itself (release, shutdown, after a force-load request). */
        RELEASED,
        /** A save found the lock gone (stolen, taken over, or released by a force-load save): session ended. */
        LOST,
        /** A load stole a live foreign lock (Steal or force-load after the maximum steps). */
        STOLE,
        /** A load took over a dead foreign lock ({@code LastUpdate} too old). */
        TOOK_OVER,
        /** A load asked the owner to release ({@code ForceLoadSession := this}). */
        FORCE_LOAD_REQUESTED,
        /** A load gave up (cancelled, a newer requester, shutdown). */
        LOAD_FAILED,
        /** A corrupt value was replaced (CorruptionSignal / OnOverwrite). */
        CORRUPTION,
        /** A DataStore call failed (IssueSignal / OnError). */
        ISSUE,
        /** The server stopped without releasing. */
        CRASHED
    }

    /** One human line, e.g. {@code 12:00:01 LOADED PlayerData/global/Player_1 by 1/job-a #3}. */
    public String line() {
        return at + " " + type + " " + ref + " by " + server + " #" + loadCount
                + (detail.isEmpty() ? "" : " " + detail);
    }
}
