package dev.profilelens.app.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * An inline, line-based diff of two texts for people: unchanged lines around each change as context, removed lines
 * with "- ", added lines with "+ ", and "@@ line N" headers. Longest common subsequence over the lines after
 * trimming the common head and tail; texts whose differing middle is too large for that are summarised instead.
 */
public final class LineDiff {
    static final int CONTEXT = 2;
    static final long MAX_CELLS = 25_000_000L;

    private LineDiff() {
    }

    public static String inline(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<String> ma = a.subList(head, a.size() - tail);
        List<String> mb = b.subList(head, b.size() - tail);
        if (ma.isEmpty() && mb.isEmpty()) {
            return "";
        }
        if ((long) ma.size() * mb.size() > MAX_CELLS) {
            return "@@ line " + (head + 1) + ": " + ma.size() + " lines replaced by " + mb.size()
                    + " (too large to align line by line; see the changed paths)\n";
        }
        List<String> ops = align(ma, mb);
        return render(a, head, ops, a.size() - tail);
    }

    /** Edit script over the middle: " x" kept, "-x" removed, "+x" added. */
    private static List<String> align(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(" " + a.get(i++));
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add("-" + a.get(i++));
            } else {
                ops.add("+" + b.get(j++));
            }
        }
        return ops;
    }

    private static String render(List<String> a, int head, List<String> ops, int tailStart) {
        StringBuilder out = new StringBuilder("@@ line ").append(head + 1).append('\n');
        for (int k = Math.max(0, head - CONTEXT); k < head; k++) {
            out.append("  ").append(a.get(k)).append('\n');
        }
        int lastChange = -1;
        for (int k = 0; k < ops.size(); k++) {
            if (ops.get(k).charAt(0) != ' ') {
                lastChange = k;
            }
        }
        for (int k = 0; k < ops.size(); k++) {
            String op = ops.get(k);
            char c = op.charAt(0);
            boolean near = c != ' ' || nearChange(ops, k);
            if (near) {
                out.append(c).append(' ').append(op.substring(1)).append('\n');
            } else if (k > 0 && nearChange(ops, k - 1) && k < lastChange) {
                out.append("  …\n");
            }
        }
        for (int k = tailStart; k < Math.min(a.size(), tailStart + CONTEXT); k++) {
            out.append("  ").append(a.get(k)).append('\n');
        }
        return out.toString();
    }

    private static boolean nearChange(List<String> ops, int k) {
        for (int d = Math.max(0, k - CONTEXT); d <= Math.min(ops.size() - 1, k + CONTEXT); d++) {
            if (ops.get(d).charAt(0) != ' ') {
                return true;
            }
        }
        return false;
    }
}
