package dev.profilelens.app.editor;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An inline, line-based diff of two texts for people: unchanged lines around each change as context, removed lines
 * with "- ", added lines with "+ ", and "@@ line N" headers. Myers' diff (java-diff-utils) over the lines after
 * trimming the common head and tail; texts whose differing middle is very large are summarised instead. Lines are
 * kept as offsets into the texts and compared in place, so a key typed into a 1.7 M-character text makes strings of
 * only the lines around it, not of both texts' 60,000 (ADR 0253).
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
        return ofLines(new Lines(before), new Lines(after));
    }

    /** The diff of two texts' lists of lines. */
    static String ofLines(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && same(a, head, b, head)) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && same(a, a.size() - 1 - tail, b, b.size() - 1 - tail)) {
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
        List<String> ops = align(List.copyOf(ma), List.copyOf(mb));
        return render(a, head, ops, a.size() - tail);
    }

    private static boolean same(List<String> a, int i, List<String> b, int j) {
        return a instanceof Lines la && b instanceof Lines lb ? la.same(i, lb, j) : a.get(i).equals(b.get(j));
    }

    /**
     * A text's lines as {@link String#lines} splits them, held as offsets into the text: comparing the common head
     * and tail of two 1.7 M-character texts makes no strings (ADR 0253); a line is cut out when it is asked for.
     */
    private static final class Lines extends AbstractList<String> {
        private final String text;
        private final int[] starts;
        private final int[] ends;
        private final int count;

        Lines(String text) {
            this.text = text;
            int[] s = new int[64];
            int[] e = new int[64];
            int n = 0;
            int i = 0;
            int len = text.length();
            while (i < len) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                    e = Arrays.copyOf(e, n * 2);
                }
                s[n] = i;
                while (i < len && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
                e[n++] = i;
                if (i < len && text.charAt(i) == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
            }
            this.starts = s;
            this.ends = e;
            this.count = n;
        }

        boolean same(int i, Lines other, int j) {
            int length = ends[i] - starts[i];
            return length == other.ends[j] - other.starts[j]
                    && text.regionMatches(starts[i], other.text, other.starts[j], length);
        }

        @Override
        public String get(int index) {
            Objects.checkIndex(index, count);
            return text.substring(starts[index], ends[index]);
        }

        @Override
        public int size() {
            return count;
        }
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
