package dev.profilelens.core.find;

import java.util.Optional;

/**
 * Username to UserId (spec/liveops.md §5.4): the Users API for real games and the emulator, the sandbox's own
 * players for local stores. A different service from data stores: lookups never spend the data-store budget.
 * May block on I/O; throws {@code UnavailableException} when the service cannot be reached.
 */
public interface UserDirectory {
    /** The user currently or previously called {@code username} (case-insensitive), or empty. */
    Optional<UserRecord> byName(String username);

    /** What is asked, for messages ("the Users API at https://users.roblox.com"). */
    String describe();
}
