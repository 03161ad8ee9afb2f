package dev.profilelens.core.store;

import java.util.List;
import java.util.Map;

/**
 * Simulated game servers playing on the sandbox (design §4; ADR 0271), started by
 * {@link SandboxProvisioner#simulate}. {@link #close()} stops them, each releasing the profiles it holds.
 */
public interface SandboxServers extends AutoCloseable {

    /** Players the servers play with. */
    int players();

    /** The servers running now, as {@code placeId/jobId}. */
    List<String> liveServers();

    /** Events seen so far by kind (LOADED, SAVED, RELEASED, ...). */
    Map<String, Long> counts();

    /** The player behind {@code ref} deleted their account (right to erasure): the servers never load them again. */
    void retire(EntryRef ref);

    @Override
    void close();
}
