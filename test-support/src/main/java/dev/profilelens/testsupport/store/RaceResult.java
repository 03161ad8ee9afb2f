package dev.profilelens.testsupport.store;

/**
 * How a race of two conditional writers ended.
 *
 * @param wins        writers whose write succeeded
 * @param conflicts   writers that got a VersionConflictException
 * @param winnerValue the value the (first) winner wrote
 */
public record RaceResult(int wins, int conflicts, byte[] winnerValue) {
}
