package dev.profilelens.connectors.emulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The v2 {@code filter} on data stores and entries: the reference's "very small subset of CEL", only
 * {@code id.startsWith("...")} (openapi.json). The argument is a CEL string literal in double quotes with
 * backslash escapes ({@code \\}, {@code \"}, {@code \n}, {@code \t}, {@code \r}, {@code \}{@code uXXXX}).
 */
final class CelPrefix {
    private static final Pattern STARTS_WITH =
            Pattern.compile("id\\s*\\.\\s*startsWith\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");

    private CelPrefix() {
    }

    /** The prefix, "" without a filter; 400 INVALID_ARGUMENT for anything else. */
    static String parse(@Nullable String filter) {
        if (filter == null || filter.isBlank()) {
            return "";
        }
        Matcher m = STARTS_WITH.matcher(filter.strip());
        if (!m.matches()) {
            throw invalid();
        }
        String body = m.group(1);
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\\', '"', '\'' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    try {
                        out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException | IndexOutOfBoundsException x) {
                        throw invalid();
                    }
                    i += 4;
                }
                default -> throw invalid();
            }
        }
        return out.toString();
    }

    private static ApiError invalid() {
        return ApiError.v2(400, "INVALID_ARGUMENT", "The provided filter is invalid.");
    }
}
