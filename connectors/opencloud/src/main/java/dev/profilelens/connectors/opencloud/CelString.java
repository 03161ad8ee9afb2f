package dev.profilelens.connectors.opencloud;

/**
 * A CEL string literal for the v2 {@code filter} parameter ({@code id.startsWith("...")}): the text goes between
 * double quotes with backslash, double quote and control characters escaped, so a prefix can never end the
 * literal early or change the expression.
 */
final class CelString {
    private CelString() {
    }

    static String quote(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
