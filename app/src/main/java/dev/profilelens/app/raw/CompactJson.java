package dev.profilelens.app.raw;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The stored JSON text laid out for reading, token for token as stored (numbers, escapes, key order and empty
 * tables exactly as written): a table whose one-line form fits in the width stays on one line (an inventory item,
 * a settings block); larger ones are broken over lines with two-space indents. Two linear passes over the stored
 * UTF-8 bytes: the first measures every table's one-line length in characters and records "break or not" per table
 * in the order they open (it breaks when the line it would start on, indent and key included, would pass the width),
 * the second writes bytes and notes where each line starts, so the text is made once and its lines need no scan of
 * their own (ADR 0266). The bench's 4 MB profile becomes 233,681 lines, not the 350,520 of a table per line (ADR 0081).
 */
public final class CompactJson {
    public static final int WIDTH = 120;
    private static final int CAP = 1 << 20;

    private CompactJson() {
    }

    /** {@code json} (one valid JSON value) laid out; throws IllegalArgumentException when it is not JSON. */
    public static String pretty(String json) {
        return layout(json.getBytes(StandardCharsets.UTF_8)).text();
    }

    /**
     * {@code json} (one valid JSON value, UTF-8, a byte order mark allowed) laid out, with its lines; throws
     * IllegalArgumentException when it is not JSON.
     */
    static TextLines layout(byte[] json) {
        boolean ascii = ascii(json);
        boolean[] plan = plan(json, ascii);
        LaidOut out = new LaidOut(json.length);
        boolean[] broken = new boolean[16];
        int depth = 0;
        int next = 0;
        boolean opened = false;
        int i = start(json);
        int n = json.length;
        while (i < n) {
            byte c = json[i];
            if (isSpace(c)) {
                i++;
                continue;
            }
            if (opened && c != '}' && c != ']') {
                opened = false;
                if (broken[depth - 1]) {
                    out.newline(depth);
                }
            }
            switch (c) {
                case '{', '[' -> {
                    out.put(c);
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
                        out.newline(depth);
                    }
                    opened = false;
                    out.put(c);
                    i++;
                }
                case ',' -> {
                    out.put((byte) ',');
                    if (depth > 0 && broken[depth - 1]) {
                        out.newline(depth);
                    } else {
                        out.put((byte) ' ');
                    }
                    i++;
                }
                case ':' -> {
                    out.put((byte) ':');
                    out.put((byte) ' ');
                    i++;
                }
                default -> {
                    int end = tokenEnd(json, i);
                    out.put(json, i, end);
                    i = end;
                }
            }
        }
        return out.lines(ascii);
    }

    /** One "break" decision per table, in the order the tables open. */
    static boolean[] plan(byte[] json, boolean ascii) {
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
        int n = json.length;
        while (i < n) {
            byte c = json[i];
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
                int chars = ascii ? end - i : chars(json, i, end);
                if (depth > 0 && object[depth - 1] && keyLen[depth - 1] < 0) {
                    keyLen[depth - 1] = chars;
                    len[depth - 1] += chars + 2;
                } else {
                    value = chars;
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

    private static boolean ascii(byte[] json) {
        for (byte b : json) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** The UTF-16 length of the UTF-8 bytes {@code from..to}: continuation bytes add none, four-byte forms two. */
    private static int chars(byte[] json, int from, int to) {
        int chars = 0;
        for (int k = from; k < to; k++) {
            int b = json[k] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                chars += b >= 0xF0 ? 2 : 1;
            }
        }
        return chars;
    }

    private static int start(byte[] json) {
        boolean bom = json.length >= 3 && json[0] == (byte) 0xEF && json[1] == (byte) 0xBB && json[2] == (byte) 0xBF;
        return bom ? 3 : 0;
    }

    private static int closing(int depth) {
        if (depth == 0) {
            throw new IllegalArgumentException("Unbalanced JSON: a table is closed that was not opened");
        }
        return depth - 1;
    }

    /** The end of the string, number or literal starting at {@code i}. */
    private static int tokenEnd(byte[] json, int i) {
        int n = json.length;
        if (json[i] == '"') {
            int j = i + 1;
            while (j < n) {
                byte c = json[j];
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
            byte c = json[j];
            if (c == ',' || c == ']' || c == '}' || c == ':' || isSpace(c)) {
                break;
            }
            j++;
        }
        return j == i ? j + 1 : j;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
}
