package dev.profilelens.app.raw;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Style spans for JSON text (keys, strings, numbers, literals, punctuation). A plain scanner, linear in the text
 * and safe to run off the FX thread; invalid text is still coloured as far as it goes.
 */
public final class JsonHighlighter {
    private JsonHighlighter() {
    }

    public static StyleSpans<Collection<String>> spans(String text) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int i = 0;
        int plainFrom = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int end;
            String style;
            if (c == '"') {
                end = stringEnd(text, i);
                style = isKey(text, end) ? "json-key" : "json-string";
            } else if (c == '-' || c >= '0' && c <= '9') {
                end = wordEnd(text, i + 1);
                style = "json-number";
            } else if (Character.isLetter(c)) {
                end = wordEnd(text, i);
                style = "json-literal";
            } else if ("{}[]:,".indexOf(c) >= 0) {
                end = i + 1;
                style = "json-punct";
            } else {
                i++;
                continue;
            }
            if (i > plainFrom) {
                b.add(Collections.emptyList(), i - plainFrom);
            }
            b.add(List.of(style), end - i);
            i = end;
            plainFrom = end;
        }
        b.add(Collections.emptyList(), Math.max(0, n - plainFrom));
        return b.create();
    }

    private static int stringEnd(String t, int start) {
        int i = start + 1;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '"' || c == '\n') {
                return i + 1;
            }
            i++;
        }
        return t.length();
    }

    private static int wordEnd(String t, int from) {
        int i = from;
        while (i < t.length() && (Character.isLetterOrDigit(t.charAt(i)) || "+-.".indexOf(t.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    private static boolean isKey(String t, int afterString) {
        int i = afterString;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i < t.length() && t.charAt(i) == ':';
    }
}
