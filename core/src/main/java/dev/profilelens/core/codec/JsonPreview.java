package dev.profilelens.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The start of a value's compact text ({@link RobloxJson#writeString}) without writing the rest: a preview of a
 * whole 1 MB inventory in a pending change costs a few kilobytes of writing, not the megabyte.
 */
public final class JsonPreview {
    private JsonPreview() {
    }

    /** The first {@code chars} characters of {@code RobloxJson.writeString(node)} (all of it when shorter). */
    public static String start(JsonNode node, int chars) {
        Bounded out = new Bounded(4L * chars + 4);
        try {
            RobloxJson.writeTo(out, node);
        } catch (Full enough) {
            // the writing stopped once the preview had its bytes
        }
        String s = out.toString(StandardCharsets.UTF_8);
        return s.length() > chars ? s.substring(0, chars) : s;
    }

    /** Thrown by {@link Bounded} when it holds enough; ends the writing. */
    private static final class Full extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Full() {
            super("preview complete", null, false, false);
        }
    }

    /** Keeps up to a number of bytes (a UTF-8 character is at most 4), then refuses with {@link Full}. */
    private static final class Bounded extends ByteArrayOutputStream {
        private final long max;

        Bounded(long max) {
            this.max = max;
        }

        @Override
        public synchronized void write(int b) {
            if (count >= max) {
                throw new Full();
            }
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            if (count >= max) {
                throw new Full();
            }
            super.write(b, off, (int) Math.min(len, max - count));
        }
    }
}
