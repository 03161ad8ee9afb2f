package dev.profilelens.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The key metadata a value mirrors (profile-format spec §2): its {@code UserIds} and its {@code RobloxMetaData}
 * ({@code RobloxMetadata} in ProfileService Plus). The libraries' saves send exactly these with the value; this is the
 * one place that derives them, for the simulated game and for our own writes alike.
 */
public final class MirroredMetadata {
    private MirroredMetadata() {
    }

    /** The integers of the value's {@code UserIds} array (non-integers are skipped, as Roblox refuses them). */
    public static List<Long> userIds(JsonNode value) {
        List<Long> ids = new ArrayList<>();
        JsonNode arr = value.get("UserIds");
        if (arr != null && arr.isArray()) {
            arr.forEach(n -> {
                if (n.isIntegralNumber() || (n.isNumber() && n.asDouble() == Math.rint(n.asDouble()))) {
                    ids.add(n.asLong());
                }
            });
        }
        return ids;
    }

    /** The value's metadata object as JSON, {@code {}} when it is absent, not a table or empty. */
    public static String attributes(JsonNode value) {
        JsonNode md = value.get(value.has("RobloxMetaData") ? "RobloxMetaData" : "RobloxMetadata");
        if (md == null || !md.isObject() || md.isEmpty()) {
            return "{}";
        }
        return RobloxJson.writeString(md);
    }
}
