package dev.profilelens.core.codec;

/** RFC 6901 JSON pointer helpers for naming paths in messages. */
public final class JsonPointers {
    private JsonPointers() {
    }

    /** Escapes one reference token: {@code ~} → {@code ~0}, {@code /} → {@code ~1}. */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String parent, String key) {
        return parent + "/" + escape(key);
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
