package dev.profilelens.connectors.emulator;

/**
 * Counters since the emulator started.
 *
 * @param admitted   requests that passed key, scope, faults and budget
 * @param overBudget requests answered 429 because the universe's per-minute budget was spent
 * @param injected   requests answered 429 by fault injection
 */
public record EmulatorStats(long admitted, long overBudget, long injected) {
}
