package dev.profilelens.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The shape signs that tell the profile libraries apart before their own classification runs: ProfileService
 * Plus spells its tables {@code Metadata} / {@code RobloxMetadata} (liveops.md §3.2); a value with both
 * spellings, or with a metadata-like table under another name ({@code Meta}, {@code metaData}), is profile-like
 * but of no known library.
 */
final class DialectSigns {
    private DialectSigns() {
    }

    /** A ProfileService Plus sign: {@code Metadata} or {@code RobloxMetadata} without the PS/PSt spelling. */
    static boolean plus(JsonNode v) {
        return !v.has("MetaData") && !v.has("RobloxMetaData") && (v.has("Metadata") || v.has("RobloxMetadata"));
    }

    /** Both spellings of a metadata table: PS would read one, PS Plus the other. */
    static boolean ambiguous(JsonNode v) {
        return (v.has("MetaData") && v.has("Metadata")) || (v.has("RobloxMetaData") && v.has("RobloxMetadata"));
    }

    /**
     * A data table beside a metadata-like table that no known library reads: {@code Data}/{@code data} with
     * {@code Meta}, {@code metaData}, ... (the exact {@code MetaData} alone is a PS/PSt value, corrupt or not).
     */
    static boolean profileLike(JsonNode v) {
        if (ambiguous(v)) {
            return true;
        }
        boolean data = false;
        boolean foreignMeta = false;
        for (var it = v.fieldNames(); it.hasNext();) {
            String name = it.next();
            String lower = name.toLowerCase(Locale.ROOT);
            data |= lower.equals("data");
            foreignMeta |= lower.startsWith("meta") && !name.equals("MetaData") && !name.equals("Metadata");
        }
        return data && foreignMeta;
    }
}
