package dev.profilelens.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What one side did to each element of a base array: kept it, modified it in place, or deleted it, and which
 * elements it inserted before each base position (anchor {@code n} is the end). Built from the same alignment as
 * {@link JsonDiff}: equal ends skipped, the middle aligned on equal elements, gaps paired by position.
 */
final class SideEdits {
    static final int KEPT = 0;
    static final int MODIFIED = 1;
    static final int DELETED = 2;

    final int[] state;
    final JsonNode[] modified;
    final List<List<JsonNode>> inserts;

    private SideEdits(int n) {
        state = new int[n];
        modified = new JsonNode[n];
        inserts = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) {
            inserts.add(new ArrayList<>(0));
        }
    }

    static SideEdits of(ArrayNode base, ArrayNode side) {
        int n = base.size();
        int m = side.size();
        SideEdits e = new SideEdits(n);
        int start = 0;
        while (start < n && start < m && JsonEquals.equal(base.get(start), side.get(start))) {
            start++;
        }
        int endA = n;
        int endB = m;
        while (endA > start && endB > start && JsonEquals.equal(base.get(endA - 1), side.get(endB - 1))) {
            endA--;
            endB--;
        }
        int i = start;
        int j = start;
        for (int[] match : ArrayAlignment.align(base, start, endA, side, start, endB, JsonDiff.LCS_CELL_LIMIT)) {
            e.gap(base, i, match[0], side, j, match[1]);
            i = match[0] + 1;
            j = match[1] + 1;
        }
        e.gap(base, i, endA, side, j, endB);
        return e;
    }

    private void gap(ArrayNode base, int i, int endA, ArrayNode side, int j, int endB) {
        int paired = Math.min(endA - i, endB - j);
        for (int k = 0; k < paired; k++) {
            JsonNode now = side.get(j + k);
            if (!JsonEquals.equal(base.get(i + k), now)) {
                state[i + k] = MODIFIED;
                modified[i + k] = now;
            }
        }
        for (int k = i + paired; k < endA; k++) {
            state[k] = DELETED;
        }
        for (int k = j + paired; k < endB; k++) {
            inserts.get(endA).add(side.get(k));
        }
    }

    JsonNode valueAt(ArrayNode base, int i) {
        return state[i] == MODIFIED ? modified[i] : base.get(i);
    }
}
