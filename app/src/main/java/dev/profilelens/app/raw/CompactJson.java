package dev.profilelens.app.raw;

import java.util.Arrays;

/**
 * The stored JSON text laid out for reading, token for token as stored (numbers, escapes, key order and empty
 * tables exactly as written): a table whose one-line form fits in the width stays on one line (an inventory item,
 * a settings block); larger ones are broken over lines with two-space indents. Two linear passes over the text:
 * the first measures every table's one-line length and records "break or not" per table in the order they open
 * (it breaks when the line it would start on, indent and key included, would pass the width), the second writes.
 * A 4 MB inventory becomes about 40,000 lines instead of 300,000, which keeps the Raw pane quick and easier to
 * scan, and a 4 MB value is laid out in tens of milliseconds (ADR 0081).
 */
public final class CompactJson {
    public static final int WIDTH = 120;
    private static final int CAP = 1 << 20;

    private CompactJson() {
    }

    /** {@code json} (one valid JSON value) laid out; throws IllegalArgumentException when it is not JSON. */
    public static String pretty(String json) {
        boolean[] plan = plan(json);
        // room for the spaces and indents added (about half again on an inventory): growing it would copy megabytes
        StringBuilder out = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16L, json.length() * 2L + 16));
        boolean[] broken = new boolean[16];
        int depth = 0;
        int next = 0;
        boolean opened = false;
        int i = start(json);
        int n = json.length();
        while (i < n) {
            char c = json.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            if (opened && c != '}' && c != ']') {
                opened = false;
                if (broken[depth - 1]) {
                    newline(out, depth);
                }
            }
            switch (c) {
                case '{', '[' -> {
                    out.append(c);
                    broken = depth == broken.length ? Arrays.copyOf(broken, depth * 2) : broken;
                    // a table inside one that stays on one line stays on it too
                    broken[depth] = plan[next++] && (depth == 0 || broken[depth - 1]);
                    depth++;
                    opened = true;
                    i++;
                }
                case '}', ']' -> {
                    depth = closing(depth);
                    if (broken[depth] && !opened) {
                        newline(out, depth);
                    }
                    opened = false;
                    out.append(c);
                    i++;
                }
                case ',' -> {
                    out.append(',');
                    if (depth > 0 && broken[depth - 1]) {
                        newline(out, depth);
                    } else {
                        out.append(' ');
                    }
                    i++;
                }
                case ':' -> {
                    out.append(": ");
                    i++;
                }
                default -> {
                    int end = tokenEnd(json, i);
                    out.append(json, i, end);
                    i = end;
                }
            }
        }
        return out.toString();
    }

    /** One "break" decision per table, in the order the tables open. */
    static boolean[] plan(String json) {
        boolean[] plan = new boolean[64];
        int tables = 0;
        // per open table: index in plan, one-line length so far, members so far, object or array, and the length
        // of the key whose value comes next (-1 when none: between members, or in an array)
        int[] at = new int[16];
        long[] len = new long[16];
        int[] members = new int[16];
        boolean[] object = new boolean[16];
        int[] keyLen = new int[16];
        int depth = 0;
        int i = start(json);
        int n = json.length();
        while (i < n) {
            char c = json.charAt(i);
            long value = -1;
            if (isSpace(c) || c == ',' || c == ':') {
                i++;
                continue;
            }
            if (c == '{' || c == '[') {
                if (tables == plan.length) {
                    plan = Arrays.copyOf(plan, tables * 2);
                }
                if (depth == at.length) {
                    int grown = depth * 2;
                    at = Arrays.copyOf(at, grown);
                    len = Arrays.copyOf(len, grown);
                    members = Arrays.copyOf(members, grown);
                    object = Arrays.copyOf(object, grown);
                    keyLen = Arrays.copyOf(keyLen, grown);
                }
                at[depth] = tables++;
                len[depth] = 2;
                members[depth] = 0;
                object[depth] = c == '{';
                keyLen[depth] = -1;
                depth++;
                i++;
                continue;
            }
            if (c == '}' || c == ']') {
                depth = closing(depth);
                // what precedes the table on its line: the key it is the value of, if any
                int prefix = depth > 0 && keyLen[depth - 1] >= 0 ? keyLen[depth - 1] + 2 : 0;
                plan[at[depth]] = members[depth] > 0 && len[depth] + prefix + 1 > WIDTH - 2L * depth;
                value = Math.min(len[depth], CAP);
                i++;
            } else {
                int end = tokenEnd(json, i);
                if (depth > 0 && object[depth - 1] && keyLen[depth - 1] < 0) {
                    keyLen[depth - 1] = end - i;
                    len[depth - 1] += end - i + 2;
                } else {
                    value = end - i;
                }
                i = end;
            }
            if (value >= 0 && depth > 0) {
                int d = depth - 1;
                len[d] += value + (members[d]++ > 0 ? 2 : 0);
                keyLen[d] = -1;
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("Unbalanced JSON: " + depth + " table(s) not closed");
        }
        return Arrays.copyOf(plan, tables);
    }

    private static int start(String json) {
        return !json.isEmpty() && json.charAt(0) == '\uFEFF' ? 1 : 0;
    }

    private static int closing(int depth) {
        if (depth == 0) {
            throw new IllegalArgumentException("Unbalanced JSON: a table is closed that was not opened");
        }
        return depth - 1;
    }

    /** The end of the string, number or literal starting at {@code i}. */
    private static int tokenEnd(String json, int i) {
        int n = json.length();
        if (json.charAt(i) == '"') {
            int j = i + 1;
            while (j < n) {
                char c = json.charAt(j);
                if (c == '\\') {
                    j += 2;
                } else if (c == '"') {
                    return j + 1;
                } else {
                    j++;
                }
            }
            throw new IllegalArgumentException("Unterminated string at offset " + i);
        }
        int j = i;
        while (j < n) {
            char c = json.charAt(j);
            if (c == ',' || c == ']' || c == '}' || c == ':' || isSpace(c)) {
                break;
            }
            j++;
        }
        return j == i ? j + 1 : j;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n');
        for (int k = 0; k < depth; k++) {
            out.append("  ");
        }
    }
}
