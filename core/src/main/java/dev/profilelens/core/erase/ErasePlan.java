package dev.profilelens.core.erase;

import java.util.List;
import java.util.Objects;

/**
 * What an erase would delete, and what it looked at.
 *
 * @param places    every place to delete, per user in store, scope, key order
 * @param review    other keys that mention a user (from the mirror scan), never deleted automatically
 * @param searched  one line per place searched
 * @param notes     what could not be searched, and the request's place check
 * @param unmatched the users no place was found for
 */
public record ErasePlan(ErasureRequest request, List<ErasePlace> places, List<ReviewHit> review,
                        List<String> searched, List<String> notes, List<Long> unmatched) {
    public ErasePlan {
        Objects.requireNonNull(request, "request");
        places = List.copyOf(places);
        review = List.copyOf(review);
        searched = List.copyOf(searched);
        notes = List.copyOf(notes);
        unmatched = List.copyOf(unmatched);
    }

    public boolean isEmpty() {
        return places.isEmpty();
    }

    /** Why nothing is to be deleted: the users and exactly what was searched. */
    public String emptyExplanation() {
        StringBuilder sb = new StringBuilder("No data found for UserId ").append(unmatched.isEmpty()
                ? request.confirmation() : String.join(", ", unmatched.stream().map(String::valueOf).toList()))
                .append("; nothing to erase. Searched:");
        searched.forEach(s -> sb.append("\n  ").append(s));
        notes.forEach(n -> sb.append("\n  note: ").append(n));
        return sb.toString();
    }
}
