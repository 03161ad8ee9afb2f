package dev.profilelens.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.store.Limits;
import java.util.Map;

/**
 * The one entry point for "would Roblox and the libraries accept this value?" Every failure is an
 * {@link InvalidInputException} naming the JSON pointer of the first offending place.
 */
public final class Validator {
    private Validator() {
    }

    /**
     * Roblox JSON rules for any stored value: no NaN/±inf, no nil inside tables ({@code null} members or sparse
     * arrays), encoded size within 4,194,304 bytes, and for values carrying them at most 4 integer UserIds and
     * RobloxMetaData under 300 bytes.
     */
    public static void validateStored(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            throw new InvalidInputException("A DataStore value cannot be nil (null)", "");
        }
        walk(value, "", 0);
        Limits.checkValueSize(RobloxJson.size(value));
        if (value.isObject()) {
            checkUserIds(value.get("UserIds"));
            checkRobloxMetaData(value, "RobloxMetaData");
            checkRobloxMetaData(value, "RobloxMetadata");
        }
    }

    /**
     * Everything {@link #validateStored} checks, plus the shape the libraries need to load the profile
     * (spec §1.4): it classifies as a profile, MetaData's counters are numbers, session tags and the mailbox
     * have their stored shapes. An editor must pass this before writing.
     */
    public static void validateProfile(JsonNode value) {
        validateStored(value);
        Dialect dialect = ProfileCodec.detectDialect(value);
        Kind kind = ProfileCodec.classify(value, dialect);
        String metaField = dialect.isProfileLibrary() ? dialect.metaField() : "MetaData";
        if (kind == Kind.UNKNOWN) {
            throw new InvalidInputException("This value looks like a profile but matches no known library (it has "
                    + "both MetaData and Metadata, or a metadata table under another name); it is read-only", "");
        }
        if (kind != Kind.PROFILE) {
            throw new InvalidInputException("This is not a loadable profile (it reads as " + kind.jsonName()
                    + "): Data, " + metaField + " and GlobalUpdates must all be tables", "");
        }
        JsonNode meta = value.get(metaField);
        String at = "/" + metaField + "/";
        requireNumber(meta, "ProfileCreateTime", at);
        requireNumber(meta, "SessionLoadCount", at);
        if (meta.has("LastUpdate")) {
            requireNumber(meta, "LastUpdate", at);
        }
        requireTag(meta, "ActiveSession", at);
        requireTag(meta, "ForceLoadSession", at);
        String tags = dialect.isProfileLibrary() ? dialect.metaTagsField() : "MetaTags";
        if (meta.has(tags) && !ProfileCodec.isTable(meta.get(tags))) {
            throw new InvalidInputException(tags + " must be a table", at + tags);
        }
        JsonNode gu = value.get("GlobalUpdates");
        if (!gu.isArray() || gu.size() != 2 || !gu.get(0).isIntegralNumber() || !gu.get(1).isArray()) {
            throw new InvalidInputException("GlobalUpdates must be [update_index, [entries...]]", "/GlobalUpdates");
        }
    }

    private static void requireNumber(JsonNode meta, String field, String at) {
        JsonNode n = meta.get(field);
        if (n == null || !n.isNumber()) {
            throw new InvalidInputException(at.substring(1, at.length() - 1) + "." + field + " must be a number; the "
                    + "library fails to load the profile without it", at + field);
        }
    }

    private static void requireTag(JsonNode meta, String field, String at) {
        JsonNode n = meta.get(field);
        if (n != null && (!n.isArray() || n.size() < 2 || n.size() > 3)) {
            throw new InvalidInputException(at.substring(1, at.length() - 1) + "." + field + " must be [PlaceId, "
                    + "JobId] or [PlaceId, JobId, SessionId]", at + field);
        }
    }

    private static void checkUserIds(JsonNode ids) {
        if (ids == null) {
            return;
        }
        if (!ids.isArray()) {
            throw new InvalidInputException("UserIds must be an array of integers", "/UserIds");
        }
        if (ids.size() > Limits.MAX_USER_IDS) {
            throw new InvalidInputException("A key may carry at most " + Limits.MAX_USER_IDS + " UserIds, this one has "
                    + ids.size(), "/UserIds");
        }
        for (int i = 0; i < ids.size(); i++) {
            JsonNode id = ids.get(i);
            if (!id.isNumber() || id.doubleValue() != Math.rint(id.doubleValue())) {
                throw new InvalidInputException("UserIds must be integers", "/UserIds/" + i);
            }
        }
    }

    private static void checkRobloxMetaData(JsonNode value, String field) {
        JsonNode md = value.get(field);
        if (md == null) {
            return;
        }
        if (!ProfileCodec.isTable(md) || (md.isArray() && md.size() > 0)) {
            throw new InvalidInputException(field + " must be a table with string keys", "/" + field);
        }
        int bytes = RobloxJson.size(md);
        if (bytes > Limits.MAX_ATTRIBUTES_BYTES) {
            throw new InvalidInputException(field + " takes " + bytes + " bytes; Roblox allows fewer than 300",
                    "/" + field);
        }
    }

    /**
     * Refuses NaN and infinite numbers anywhere in {@code value} (JSON has neither; Roblox stores neither), naming
     * the first one's path; the one rule a patch or a diff needs of values that are not stored as such.
     */
    public static void checkFinite(JsonNode value) {
        checkFinite(value, "");
    }

    private static void checkFinite(JsonNode n, String path) {
        if (n.isNumber()) {
            checkNumber(n, path);
        } else if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                checkFinite(e.getValue(), JsonPointers.child(path, e.getKey()));
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                checkFinite(n.get(i), JsonPointers.child(path, i));
            }
        }
    }

    private static void checkNumber(JsonNode n, String path) {
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new InvalidInputException("NaN and infinite numbers cannot be stored"
                    + (Double.isNaN(d) ? "" : " (" + n + " is beyond the range of a Lua number)"),
                    path.isEmpty() ? "/" : path);
        }
    }

    /** Checks {@code n}, which sits inside {@code depth} tables at {@code path}. */
    private static void walk(JsonNode n, String path, int depth) {
        if (n.isContainerNode() && depth == NestingLimit.MAX_DEPTH) {
            throw NestingLimit.exceeded(path);
        }
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                String child = JsonPointers.child(path, e.getKey());
                if (!Limits.encodesAsUtf8(e.getKey())) {
                    throw new InvalidInputException("the key is not valid Unicode (it holds a lone surrogate)", child);
                }
                if (e.getValue().isNull()) {
                    throw new InvalidInputException("null (nil) cannot be stored in a table; remove the key instead",
                            child);
                }
                walk(e.getValue(), child, depth + 1);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                String child = JsonPointers.child(path, i);
                if (n.get(i).isNull()) {
                    throw new InvalidInputException("sparse array: element " + (i + 1) + " is nil, so Lua would "
                            + "cut the array there or drop the table", child);
                }
                walk(n.get(i), child, depth + 1);
            }
        } else if (n.isNumber()) {
            checkNumber(n, path);
        } else if (n.isTextual()) {
            if (!Limits.encodesAsUtf8(n.textValue())) {
                throw new InvalidInputException("the string is not valid Unicode (it holds a lone surrogate)", path);
            }
        }
    }
}
