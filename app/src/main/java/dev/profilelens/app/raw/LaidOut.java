package dev.profilelens.app.raw;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** {@link CompactJson}'s output: UTF-8 bytes written once, with the offset each line starts at. Not thread-safe. */
final class LaidOut {
    private byte[] bytes;
    private int length;
    private int[] starts;
    private int lines;

    /** Room for a stored value of {@code stored} bytes with its spaces and indents (about half again). */
    LaidOut(int stored) {
        bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 16L, stored + stored / 2L + stored / 8L + 64)];
        starts = new int[Math.max(1024, stored / 16)];
        lines = 1;
    }

    void put(byte b) {
        if (length == bytes.length) {
            grow(1);
        }
        bytes[length++] = b;
    }

    void put(byte[] from, int start, int end) {
        int n = end - start;
        if (length + n > bytes.length) {
            grow(n);
        }
        System.arraycopy(from, start, bytes, length, n);
        length += n;
    }

    /** A line break and the indent of {@code depth} tables. */
    void newline(int depth) {
        int n = 1 + 2 * depth;
        if (length + n > bytes.length) {
            grow(n);
        }
        bytes[length++] = '\n';
        if (lines == starts.length) {
            starts = Arrays.copyOf(starts, lines + (lines >> 1));
        }
        starts[lines++] = length;
        Arrays.fill(bytes, length, length + n - 1, (byte) ' ');
        length += n - 1;
    }

    /**
     * The text and its lines. {@code ascii}: every byte written is one character, so the line offsets hold as they
     * are; otherwise the text is decoded and its lines found again.
     */
    TextLines lines(boolean ascii) {
        if (!ascii) {
            return new TextLines(new String(bytes, 0, length, StandardCharsets.UTF_8));
        }
        return new TextLines(new String(bytes, 0, length, StandardCharsets.ISO_8859_1), Arrays.copyOf(starts, lines));
    }

    private void grow(int more) {
        long wanted = Math.max((long) length + more, bytes.length + (bytes.length >> 1));
        if (wanted > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("The laid-out text would pass 2 GB");
        }
        bytes = Arrays.copyOf(bytes, (int) wanted);
    }
}
