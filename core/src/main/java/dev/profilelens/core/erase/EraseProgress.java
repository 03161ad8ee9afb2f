package dev.profilelens.core.erase;

/** Where a run stands: {@code done} of {@code total} places, and the one just handled ({@code stage}). */
public record EraseProgress(int done, int total, String stage) {
}
