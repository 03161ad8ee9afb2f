package dev.profilelens.app.editor;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;

/**
 * An inline, line-based diff of two texts for people: unchanged lines around each change as context, removed lines
 * with "- ", added lines with "+ ", and "@@ line N" headers. Myers' diff (java-diff-utils) over the lines after
 * trimming the common head and tail; texts whose differing middle is very large are summarised instead.
 */
public final class LineDiff {
    static final int CONTEXT = 2;
    /**
     * Beyond this many differing lines the diff is summarised: linear-space Myers needs no table, but its time grows
     * with lines x differences, and this runs on a typing pause.
     */
    static final int MAX_LINES = 20_000;

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
        if (ma.size() + mb.size() > MAX_LINES) {
            return "@@ line " + (head + 1) + ": " + ma.size() + " lines replaced by " + mb.size()
                    + " (too large to align line by line; see the changed paths)\n";
        }
        List<String> ops = align(ma, mb);
        return render(a, head, ops, a.size() - tail);
    }

    /** Edit script over the middle: " x" kept, "-x" removed, "+x" added (linear-space Myers from java-diff-utils). */
    private static List<String> align(List<String> a, List<String> b) {
        List<String> ops = new ArrayList<>(a.size() + b.size());
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b, new MyersDiffWithLinearSpace<String>()).getDeltas()) {
            Chunk<String> removed = delta.getSource();
            for (; i < removed.getPosition(); i++) {
                ops.add(" " + a.get(i));
            }
            removed.getLines().forEach(line -> ops.add("-" + line));
            delta.getTarget().getLines().forEach(line -> ops.add("+" + line));
            i += removed.size();
        }
        for (; i < a.size(); i++) {
            ops.add(" " + a.get(i));
        }
        return removedBeforeAdded(ops);
    }

    /** Within each run of changed lines, removed lines come first (the algorithm may emit an insert first). */
    private static List<String> removedBeforeAdded(List<String> ops) {
        List<String> out = new ArrayList<>(ops.size());
        List<String> added = new ArrayList<>();
        for (String op : ops) {
            if (op.charAt(0) == '+') {
                added.add(op);
                continue;
            }
            if (op.charAt(0) == ' ') {
                out.addAll(added);
                added.clear();
            }
            out.add(op);
        }
        out.addAll(added);
        return out;
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
