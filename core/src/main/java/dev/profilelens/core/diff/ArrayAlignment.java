package dev.profilelens.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Aligns two array ranges on equal elements: a longest common subsequence, bounded in cost. */
final class ArrayAlignment {
    private ArrayAlignment() {
    }

    /**
     * Pairs {@code {i, j}} of equal elements, increasing in both, within a[fromA, toA) and b[fromB, toB). When the
     * table would exceed {@code cellLimit} cells no pairs are returned and the caller pairs elements by position.
     */
    static List<int[]> align(JsonNode a, int fromA, int toA, JsonNode b, int fromB, int toB, long cellLimit) {
        int n = toA - fromA;
        int m = toB - fromB;
        if (n == 0 || m == 0 || (long) (n + 1) * (m + 1) > cellLimit) {
            return List.of();
        }
        int[] ha = JsonHash.ofElements(a, fromA, toA);
        int[] hb = JsonHash.ofElements(b, fromB, toB);
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = ha[i] == hb[j] && JsonEquals.equal(a.get(fromA + i), b.get(fromB + j))
                        ? len[i + 1][j + 1] + 1
                        : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        List<int[]> pairs = new ArrayList<>(len[0][0]);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (ha[i] == hb[j] && JsonEquals.equal(a.get(fromA + i), b.get(fromB + j))) {
                pairs.add(new int[] {fromA + i, fromB + j});
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return Collections.unmodifiableList(pairs);
    }
}
