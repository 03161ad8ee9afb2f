package dev.profilelens.core.restore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.Kind;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the value a restore writes (ADR 0072). Pure: no I/O, no clock.
 *
 * <p>Whole restore: {@code Data}, {@code RobloxMetaData}, {@code UserIds}, the corruption flag and
 * {@code MetaData.MetaTags} come from the old version; the server-managed MetaData fields
 * ({@code ProfileCreateTime}, {@code SessionLoadCount}, {@code ActiveSession}, {@code ForceLoadSession},
 * {@code LastUpdate}) and the mailbox ({@code GlobalUpdates}) stay as stored now. So an old
 * {@code ActiveSession} is never resurrected, the load count never goes back (a live server's ownership check
 * compares it), and already-delivered gifts are not delivered again. When no profile is stored now (wiped,
 * placeholder, corrupt) the old MetaData is used without its lock fields, as ProfileService's
 * {@code OverwriteAsync} would leave it, and a placeholder's mailbox is kept.
 *
 * <p>Field-level restore: starts from the current value and, for each chosen path, copies the old version's
 * value there (creating missing parent tables) or removes it when the old version had none. Server-managed
 * MetaData fields and {@code GlobalUpdates} cannot be chosen.
 *
 * <p>{@code dropResidualGlobalUpdates} empties the mailbox's entries (PS active and locked updates, PSt
 * messages) but keeps its index, so update ids are never reused.
 */
public final class RestoreBuilder {
    /** MetaData fields the libraries manage; a restore keeps them as stored now. */
    public static final List<String> SERVER_MANAGED = List.of("ProfileCreateTime", "SessionLoadCount",
            "ActiveSession", "ForceLoadSession", "LastUpdate");
    private static final Set<String> TOP_LEVEL_FORBIDDEN = Set.of("GlobalUpdates");

    private RestoreBuilder() {
    }

    /** The whole old version, with the current lock, counters and mailbox. */
    public static JsonNode whole(@Nullable JsonNode current, JsonNode old, boolean dropResidualGlobalUpdates) {
        if (ProfileCodec.classify(old) != Kind.PROFILE) {
            throw new InvalidInputException("the chosen version is not a profile (it is "
                    + ProfileCodec.classify(old).jsonName() + "); restore only profile versions", "/");
        }
        Dialect oldDialect = ProfileCodec.detectDialect(old);
        ObjectNode result = (ObjectNode) old.deepCopy();
        ObjectNode meta = (ObjectNode) result.get(metaField(oldDialect));
        boolean currentIsProfile = current != null && ProfileCodec.classify(current) == Kind.PROFILE;
        if (current != null && currentIsProfile) {
            Dialect curDialect = ProfileCodec.detectDialect(current);
            if (!metaField(curDialect).equals(metaField(oldDialect))) {
                throw new InvalidInputException("the chosen version is a " + oldDialect.label() + " profile and the "
                        + "stored value a " + curDialect.label() + " one; ProfileLens does not turn one library's "
                        + "profile into another's", "/");
            }
            JsonNode curMeta = current.get(metaField(curDialect));
            for (String f : SERVER_MANAGED) {
                JsonNode v = curMeta.get(f);
                if (v == null) {
                    meta.remove(f);
                } else {
                    meta.set(f, v.deepCopy());
                }
            }
        } else {
            meta.remove("ActiveSession");
            meta.remove("ForceLoadSession");
        }
        if (current != null && current.isObject() && ProfileCodec.isTable(current.get("GlobalUpdates"))
                && current.get("GlobalUpdates").isArray()) {
            result.set("GlobalUpdates", current.get("GlobalUpdates").deepCopy());
        }
        if (dropResidualGlobalUpdates) {
            dropEntries(result);
        }
        return result;
    }

    /** The current value with only {@code paths} taken from the old version. */
    public static JsonNode paths(@Nullable JsonNode current, JsonNode old, List<String> paths,
                                 boolean dropResidualGlobalUpdates) {
        if (current == null || ProfileCodec.classify(current) != Kind.PROFILE) {
            throw new InvalidInputException("a field-level restore needs a stored profile to change; "
                    + "the key holds none now: restore the whole version instead", "/");
        }
        if (paths.isEmpty()) {
            throw new InvalidInputException("choose at least one JSON path to restore", "--path");
        }
        ObjectNode result = (ObjectNode) current.deepCopy();
        for (String path : paths) {
            List<String> tokens = RestorePaths.parse(path);
            checkAllowed(path, tokens);
            JsonNode oldValue = RestorePaths.at(old, tokens);
            if (oldValue == null) {
                RestorePaths.remove(result, tokens);
            } else {
                RestorePaths.set(result, tokens, oldValue.deepCopy(), path);
            }
        }
        if (dropResidualGlobalUpdates) {
            dropEntries(result);
        }
        return result;
    }

    private static void checkAllowed(String path, List<String> tokens) {
        if (tokens.isEmpty()) {
            throw new InvalidInputException("the path \"\" is the whole value: restore the whole version instead",
                    path);
        }
        String first = tokens.get(0);
        if (TOP_LEVEL_FORBIDDEN.contains(first)) {
            throw new InvalidInputException("GlobalUpdates is the profile's mailbox and is never restored "
                    + "(old gifts would be delivered again); use the global update composer", path);
        }
        boolean meta = first.equals("MetaData") || first.equals("Metadata");
        if (meta && (tokens.size() == 1 || SERVER_MANAGED.contains(tokens.get(1)))) {
            throw new InvalidInputException("MetaData session and lock fields are managed by the library and "
                    + "cannot be restored; choose /MetaData/MetaTags or paths under /Data", path);
        }
    }

    private static String metaField(Dialect d) {
        return d == Dialect.PROFILESERVICE_PLUS ? d.metaField() : "MetaData";
    }

    private static void dropEntries(ObjectNode value) {
        JsonNode gu = value.get("GlobalUpdates");
        if (gu instanceof ArrayNode arr && arr.size() == 2) {
            arr.set(1, RobloxJson.nodes().arrayNode());
        }
    }
}
