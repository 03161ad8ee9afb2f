package dev.profilelens.core.ds2;

import java.util.Optional;

/**
 * Whether a player is in a game right now, where the connection can tell (the sandbox's simulated servers; Roblox's
 * presence API only for players whose privacy settings allow it). DataStore2 keeps no lock, so this and the last
 * save time are all the evidence there is (datastore2.md §1.9 item 6).
 */
@FunctionalInterface
public interface Presence {
    /** Nothing known: every answer is empty. */
    Presence UNKNOWN = userId -> Optional.empty();

    /** A plain-language answer ("online on server 4811000001/…"), or empty when this connection cannot tell. */
    Optional<Seen> of(long userId);

    /** What presence says: online or not, and where. */
    record Seen(boolean online, String detail) {
    }
}
