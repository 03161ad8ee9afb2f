package dev.profilelens.core.store;

import dev.profilelens.core.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Roblox DataStore limits (spec/opencloud.md §2.11, §4.4), checked the same way by every connector. */
public final class Limits {
    public static final int MAX_NAME_BYTES = 50;
    public static final int MAX_VALUE_BYTES = 4_194_304;
    public static final int MAX_USER_IDS = 4;
    public static final int MAX_ATTRIBUTES_BYTES = 299;
    private static final char REPLACEMENT = '\uFFFD';

    private Limits() {
    }

    /** Store, scope and key must each be 1-50 UTF-8 bytes of valid text. */
    public static void checkRef(EntryRef ref) {
        checkName("data store name", ref.store());
        checkName("scope", ref.scope());
        checkName("key", ref.key());
    }

    public static void checkName(String what, String name) {
        if (!encodesAsUtf8(name) || name.indexOf(REPLACEMENT) >= 0) {
            throw new InvalidInputException("The " + what + " \"" + abbreviate(visible(name)) + "\" is not valid "
                    + "UTF-8 text: it holds " + (encodesAsUtf8(name) ? "U+FFFD, the mark left where bytes that are not "
                    + "UTF-8 were replaced" : "a lone surrogate") + ", so it would be stored under another name. "
                    + "Pass the name as UTF-8 (on the command line, use a UTF-8 locale such as LANG=C.UTF-8)");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < 1 || bytes > MAX_NAME_BYTES) {
            throw new InvalidInputException("The " + what + " \"" + abbreviate(name) + "\" is " + bytes
                    + " bytes long; Roblox allows 1 to " + MAX_NAME_BYTES + " bytes");
        }
    }

    /** Checks value size, UserIds count and attributes size of a write. */
    public static void checkWrite(WriteRequest request) {
        checkRef(request.ref());
        checkValueSize(request.value().length);
        checkUserIds(request.userIds());
        checkAttributes(request.attributesJson());
    }

    public static void checkValueSize(int bytes) {
        if (bytes > MAX_VALUE_BYTES) {
            throw new InvalidInputException("The value is " + bytes + " bytes; Roblox stores at most "
                    + MAX_VALUE_BYTES + " bytes per key", "");
        }
    }

    public static void checkUserIds(List<Long> userIds) {
        if (userIds.size() > MAX_USER_IDS) {
            throw new InvalidInputException("A key may carry at most " + MAX_USER_IDS + " UserIds, this one has "
                    + userIds.size(), "/UserIds");
        }
    }

    public static void checkAttributes(String attributesJson) {
        int bytes = attributesJson.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_ATTRIBUTES_BYTES) {
            throw new InvalidInputException("The key's attributes (RobloxMetaData) take " + bytes
                    + " bytes; Roblox allows fewer than 300", "/RobloxMetaData");
        }
    }

    /** False when the text holds a lone surrogate, which UTF-8 cannot encode. */
    public static boolean encodesAsUtf8(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The name with surrogates and U+FFFD written as {@code \\uXXXX}, so a message shows what is wrong. */
    private static String visible(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isSurrogate(c) || c == REPLACEMENT) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
