package dev.profilelens.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.GlobalUpdate;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.Mailbox;
import dev.profilelens.core.model.Message;
import dev.profilelens.core.model.MetaData;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.model.SessionTag;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads stored values the way ProfileService, ProfileStore and ProfileService Plus do (spec/profile-format.md §1,
 * liveops.md §3.2): classification, dialect signs, metadata, mailbox. Never changes the value.
 */
public final class ProfileCodec {
    private ProfileCodec() {
    }

    /** Reads stored bytes; empty (or blank) input means the key is missing. Invalid JSON throws. */
    public static ProfileReading read(byte[] stored) {
        if (isBlank(stored)) {
            return ProfileReading.missing();
        }
        return read(RobloxJson.parse(stored), stored.length);
    }

    /**
     * Reads stored bytes like {@link #read(byte[])}, but the player's {@code Data} as an empty table of its kind
     * (skipped, not built): for readers of the lock and metadata alone, which poll. The kind, dialect and metadata are
     * the same as a whole reading's (classification looks at top-level kinds only); a 1 MB profile's Data was
     * parsed whole at every poll of an open editor, about 6 MB of nodes each time (ADR 0256).
     */
    public static ProfileReading readWithoutData(byte[] stored) {
        if (isBlank(stored)) {
            return ProfileReading.missing();
        }
        return read(RobloxJson.parsePruned(stored, name -> "Data".equals(name) ? null : RobloxJson.Prune.ALL),
                stored.length);
    }

    /** Reads an already parsed value; {@code null} means missing. */
    public static ProfileReading read(@Nullable JsonNode root, int sizeBytes) {
        if (root == null || root.isMissingNode()) {
            return ProfileReading.missing();
        }
        Dialect dialect = detectDialect(root);
        Kind kind = classify(root, dialect);
        if (kind == Kind.CORRUPT || kind == Kind.UNKNOWN) {
            return new ProfileReading(kind, dialect, root, sizeBytes, null, null, null, null, null,
                    flag(root, "WasCorrupted"), flag(root, "WasOverwritten"));
        }
        JsonNode meta = root.get(dialect.metaField());
        return new ProfileReading(kind, dialect, root, sizeBytes, root.get("Data"),
                meta == null ? null : readMeta(meta, dialect), readMailbox(root.get("GlobalUpdates")),
                readUserIds(root.get("UserIds")), root.get(dialect.robloxMetaField()),
                flag(root, "WasCorrupted"), flag(root, "WasOverwritten"));
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\n' && x != '\r' && x != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A Lua table: a JSON object or array. */
    public static boolean isTable(@Nullable JsonNode n) {
        return n != null && (n.isObject() || n.isArray());
    }

    /** The classification of the library that wrote the value (§1.4; {@link #detectDialect}). */
    public static Kind classify(@Nullable JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return Kind.MISSING;
        }
        return classify(v, detectDialect(v));
    }

    /**
     * The libraries' classification (§1.4), identical for PS, PSt and PS Plus but for the name of the metadata
     * table. A value that is profile-like but of no known dialect reads as {@link Kind#UNKNOWN}, not corrupt.
     */
    public static Kind classify(@Nullable JsonNode v, Dialect dialect) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return Kind.MISSING;
        }
        if (!v.isObject()) {
            return Kind.CORRUPT;
        }
        if (dialect == Dialect.UNKNOWN && DialectSigns.profileLike(v)) {
            return Kind.UNKNOWN;
        }
        String metaField = dialect.isProfileLibrary() ? dialect.metaField() : "MetaData";
        JsonNode data = v.get("Data");
        JsonNode meta = v.get(metaField);
        JsonNode mailbox = v.get("GlobalUpdates");
        if (isTable(data) && isTable(meta) && isTable(mailbox)) {
            return Kind.PROFILE;
        }
        if (absent(data) && absent(meta) && isTable(mailbox)) {
            return Kind.PLACEHOLDER;
        }
        return Kind.CORRUPT;
    }

    /**
     * The names of the metadata table and of the tags table inside it, in this value: {@code Metadata} and
     * {@code Metatags} for ProfileService Plus, else {@code MetaData} and {@code MetaTags}.
     */
    public static MetaNames metaNamesOf(JsonNode v) {
        return detectDialect(v) == Dialect.PROFILESERVICE_PLUS ? MetaNames.PLUS : MetaNames.PROFILE_SERVICE;
    }

    /** Where a value keeps its metadata ({@code table}) and, inside it, its MetaTags ({@code tags}). */
    public record MetaNames(String table, String tags) {
        static final MetaNames PROFILE_SERVICE = new MetaNames("MetaData", "MetaTags");
        static final MetaNames PLUS = new MetaNames("Metadata", "Metatags");
    }

    private static boolean absent(@Nullable JsonNode n) {
        return n == null || n.isNull();
    }

    /**
     * ProfileService Plus first (its {@code Metadata} / {@code RobloxMetadata} names), then ProfileStore signs
     * (3-element ActiveSession, WasOverwritten, 2-element entries), then ProfileService. A value carrying both
     * spellings of the metadata table is ambiguous: unknown.
     */
    public static Dialect detectDialect(JsonNode v) {
        if (!v.isObject()) {
            return Dialect.UNKNOWN;
        }
        if (DialectSigns.ambiguous(v)) {
            return Dialect.UNKNOWN;
        }
        if (DialectSigns.plus(v)) {
            return Dialect.PROFILESERVICE_PLUS;
        }
        JsonNode as = v.path("MetaData").path("ActiveSession");
        int[] entrySizes = entrySizes(v.get("GlobalUpdates"));
        if ((as.isArray() && as.size() >= 3) || v.has("WasOverwritten") || entrySizes[0] > 0) {
            return Dialect.PROFILESTORE;
        }
        if ((as.isArray() && as.size() == 2) || v.has("WasCorrupted") || entrySizes[1] > 0) {
            return Dialect.PROFILESERVICE;
        }
        return Dialect.UNKNOWN;
    }

    /** Counts of 2-element and 4-element mailbox entries. */
    private static int[] entrySizes(@Nullable JsonNode mailbox) {
        int[] counts = new int[2];
        if (mailbox != null && mailbox.isArray() && mailbox.size() >= 2 && mailbox.get(1).isArray()) {
            for (JsonNode e : mailbox.get(1)) {
                if (e.isArray() && e.size() == 2) {
                    counts[0]++;
                } else if (e.isArray() && e.size() == 4) {
                    counts[1]++;
                }
            }
        }
        return counts;
    }

    private static @Nullable Boolean flag(JsonNode root, String name) {
        JsonNode f = root.get(name);
        return f != null && f.isBoolean() ? f.booleanValue() : null;
    }

    static MetaData readMeta(JsonNode meta, Dialect dialect) {
        return new MetaData(longOrNull(meta.get("ProfileCreateTime")), longOrNull(meta.get("SessionLoadCount")),
                readTag(meta.get("ActiveSession")), readTag(meta.get("ForceLoadSession")),
                longOrNull(meta.get("LastUpdate")), meta.get(dialect.metaTagsField()));
    }

    static @Nullable Long longOrNull(@Nullable JsonNode n) {
        return n != null && n.isNumber() ? n.longValue() : null;
    }

    /** A session tag from a stored {@code [placeId, jobId, sessionId?]}; null when absent. */
    public static @Nullable SessionTag readTag(@Nullable JsonNode tag) {
        if (tag == null || tag.isNull()) {
            return null;
        }
        if (!tag.isArray()) {
            return new SessionTag(tag, RobloxJson.nodes().nullNode(), null);
        }
        JsonNode sid = tag.get(2);
        return new SessionTag(tag.path(0).isMissingNode() ? RobloxJson.nodes().nullNode() : tag.get(0),
                tag.path(1).isMissingNode() ? RobloxJson.nodes().nullNode() : tag.get(1),
                sid != null && sid.isTextual() ? sid.textValue() : null);
    }

    /** The mailbox; null when {@code GlobalUpdates} is absent or not an array. */
    public static @Nullable Mailbox readMailbox(@Nullable JsonNode gu) {
        if (gu == null || !gu.isArray()) {
            return null;
        }
        long index = gu.path(0).asLong(0);
        List<GlobalUpdate> active = new ArrayList<>();
        List<GlobalUpdate> locked = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        for (JsonNode e : gu.path(1)) {
            if (!e.isArray()) {
                continue;
            }
            if (e.size() >= 4) {
                GlobalUpdate u = new GlobalUpdate(e.get(0).asLong(), e.get(1).asLong(), e.get(2).asBoolean(),
                        e.get(e.size() - 1));
                (u.locked() ? locked : active).add(u);
            } else if (e.size() >= 2) {
                messages.add(new Message(e.get(0).asLong(), e.get(e.size() - 1)));
            }
        }
        return new Mailbox(index, active, locked, messages);
    }

    private static @Nullable List<JsonNode> readUserIds(@Nullable JsonNode ids) {
        if (ids == null || !ids.isArray()) {
            return null;
        }
        List<JsonNode> out = new ArrayList<>();
        ids.forEach(out::add);
        return out;
    }
}
