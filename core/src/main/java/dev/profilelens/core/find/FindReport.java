package dev.profilelens.core.find;

import java.util.List;

/**
 * What a search found, and what it looked at: with no hit, {@code searched} says exactly where it looked and
 * {@code nearest} lists the closest keys that do exist (by UserId distance, under the same templates).
 *
 * @param userId   the UserId searched for
 * @param hits     every place found, in store, scope, key order
 * @param searched one line per store: the keys tried and how
 * @param nearest  closest existing keys, only filled when there is no hit
 * @param notes    what could not be searched (e.g. no UserIds index on this source)
 */
public record FindReport(long userId, List<FindHit> hits, List<String> searched, List<String> nearest,
                         List<String> notes) {
    public FindReport {
        hits = List.copyOf(hits);
        searched = List.copyOf(searched);
        nearest = List.copyOf(nearest);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

    /** A one-paragraph explanation for an empty result. */
    public String emptyExplanation() {
        StringBuilder sb = new StringBuilder("No data found for UserId ").append(userId).append(". Searched:");
        searched.forEach(s -> sb.append("\n  ").append(s));
        notes.forEach(n -> sb.append("\n  note: ").append(n));
        if (!nearest.isEmpty()) {
            sb.append("\nNearest existing keys: ").append(String.join(", ", nearest));
        }
        return sb.toString();
    }
}
