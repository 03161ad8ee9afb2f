package dev.profilelens.core.find;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Guesses a store's key templates from keys seen: the last run of digits in each key becomes {@code {id}}
 * ({@code Player_123} gives {@code Player_{id}}, {@code 123} gives {@code {id}}). A template is kept when at least
 * {@link #MIN_SHARE} of the sample follows it, so one odd key does not add a template.
 */
public final class TemplateDetector {
    static final double MIN_SHARE = 0.05;

    private TemplateDetector() {
    }

    /** The templates the sample follows, the most common first. */
    public static List<KeyTemplate> detect(Collection<String> keys) {
        Map<KeyTemplate, Integer> counts = new LinkedHashMap<>();
        for (String key : keys) {
            templateOf(key).ifPresent(t -> counts.merge(t, 1, Integer::sum));
        }
        int needed = (int) Math.max(1, Math.ceil(keys.size() * MIN_SHARE));
        List<Map.Entry<KeyTemplate, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<KeyTemplate, Integer>comparingByValue(Comparator.reverseOrder()));
        List<KeyTemplate> out = new ArrayList<>();
        for (Map.Entry<KeyTemplate, Integer> e : ranked) {
            if (e.getValue() >= needed) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The template one key follows: its last run of digits as {@code {id}}; empty without a plausible id. */
    public static Optional<KeyTemplate> templateOf(String key) {
        int end = key.length();
        while (end > 0 && !isAsciiDigit(key.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && isAsciiDigit(key.charAt(start - 1))) {
            start--;
        }
        if (start == end || KeyTemplate.parseId(key.substring(start, end)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new KeyTemplate(key.substring(0, start), key.substring(end)));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
