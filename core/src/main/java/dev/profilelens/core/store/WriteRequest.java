package dev.profilelens.core.store;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A raw write of one entry. Always carries the key's UserIds and attributes: Roblox clears them when omitted.
 * Only {@code core.edit} and the session runtime build these; the app never writes directly (style.md rule 27).
 */
public record WriteRequest(EntryRef ref, byte[] value, List<Long> userIds, String attributesJson,
                           Precondition precondition) {
    public WriteRequest {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(value, "value");
        userIds = List.copyOf(userIds);
        Objects.requireNonNull(attributesJson, "attributesJson");
        Objects.requireNonNull(precondition, "precondition");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WriteRequest w && ref.equals(w.ref) && Arrays.equals(value, w.value)
                && userIds.equals(w.userIds) && attributesJson.equals(w.attributesJson)
                && precondition.equals(w.precondition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ref, Arrays.hashCode(value), userIds, attributesJson, precondition);
    }

    @Override
    public String toString() {
        return "WriteRequest[" + ref + ", " + value.length + " bytes, " + precondition + "]";
    }
}
