package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.JsonPreview;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one intent did to the value it was applied to: the value at its path before and after ({@code null} when
 * absent). For an item removed from an array, {@code before} is the item and {@code after} is null.
 */
public record Change(Intent intent, @Nullable JsonNode before, @Nullable JsonNode after) {
    public Change {
        Objects.requireNonNull(intent, "intent");
    }

    /** E.g. {@code /Data/Coins +500 (was 153608 → 154108)} or {@code /Data/Level set 7 (was 6)}. */
    public String describe() {
        return intent.summary() + " (" + text(before) + " → " + text(after) + ")";
    }

    /** A JSON value for display, shortened; {@code (absent)} for null. */
    public static String text(@Nullable JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "(absent)";
        }
        String s = JsonPreview.start(v, 81);
        return s.length() > 80 ? s.substring(0, 77) + "…" : s;
    }
}
