package dev.profilelens.core.codec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON parser's messages in a user's words: its first line only, "close marker for Object" as the bracket that is
 * missing, and where an unclosed object or array began as a line and column instead of the parser's source marker.
 */
final class JsonErrors {
    private static final Pattern START = Pattern.compile(
            "\\s*\\(start marker at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\[Source: [^\\]]*\\]");

    private JsonErrors() {
    }

    static String plain(String parserMessage) {
        int cut = parserMessage.indexOf('\n');
        String m = cut > 0 ? parserMessage.substring(0, cut) : parserMessage;
        m = m.replace("expected close marker for Object", "expected } to close the object")
                .replace("expected close marker for Array", "expected ] to close the array");
        Matcher start = START.matcher(m);
        if (start.find()) {
            m = start.replaceFirst(Matcher.quoteReplacement(" opened at line " + start.group(1) + ", column "
                    + start.group(2)));
        }
        return SOURCE.matcher(m).replaceAll("");
    }
}
