package dev.profilelens.core.updates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.Validator;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.Kind;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Sender-side mailbox operations as pure transforms from the stored value (null = missing key) to the value the
 * library's own {@code GlobalUpdateProfileAsync} (ProfileService) or {@code MessageAsync} (ProfileStore) would
 * store (spec §1.4, §5.2, §5.4). The input is never modified.
 */
public final class GlobalUpdates {
    /** ProfileStore's {@code MAX_MESSAGE_QUEUE}. */
    public static final int MAX_MESSAGE_QUEUE = 1000;

    private GlobalUpdates() {
    }

    /** PS {@code AddActiveUpdate(data)}: a new active update with id {@code ++update_index}, version 1. */
    public static JsonNode addActive(@Nullable JsonNode stored, JsonNode data) {
        requireTable(data, "update data");
        return transform(stored, Dialect.PROFILESERVICE, box -> {
            long id = box.index() + 1;
            box.setIndex(id);
            ArrayNode entry = RobloxJson.nodes().arrayNode();
            entry.add(id).add(1).add(false).add(data.deepCopy());
            box.entries().add(entry);
        });
    }

    /** PS {@code ChangeActiveUpdate(id, data)}: replaces the data of an active update and bumps its version. */
    public static JsonNode changeActive(@Nullable JsonNode stored, long id, JsonNode data) {
        requireTable(data, "update data");
        return transform(stored, Dialect.PROFILESERVICE, box -> {
            ArrayNode entry = box.activeEntry(id, "change");
            entry.set(1, RobloxJson.nodes().numberNode(entry.get(1).asLong() + 1));
            entry.set(3, data.deepCopy());
        });
    }

    /** PS {@code ClearActiveUpdate(id)}: removes an active update. */
    public static JsonNode clearActive(@Nullable JsonNode stored, long id) {
        return transform(stored, Dialect.PROFILESERVICE, box -> {
            ArrayNode entry = box.activeEntry(id, "clear");
            box.remove(entry);
        });
    }

    /** PSt {@code MessageAsync(message)}: appends {@code [++index, message]}, keeping the newest 1000. */
    public static JsonNode message(@Nullable JsonNode stored, JsonNode message) {
        requireTable(message, "message");
        return transform(stored, Dialect.PROFILESTORE, box -> {
            long id = box.index() + 1;
            box.setIndex(id);
            ArrayNode entry = RobloxJson.nodes().arrayNode();
            entry.add(id).add(message.deepCopy());
            box.entries().add(entry);
            while (box.entries().size() > MAX_MESSAGE_QUEUE) {
                box.entries().remove(0);
            }
        });
    }

    /** The data must be a table the library could store: no NaN, nil, lone surrogate or excess nesting in it. */
    private static void requireTable(JsonNode data, String what) {
        if (!ProfileCodec.isTable(data)) {
            throw new InvalidInputException("The " + what + " must be a table (a JSON object or array), not "
                    + data.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        try {
            Validator.validateStored(data);
        } catch (InvalidInputException e) {
            throw e.within("The " + what + " cannot be stored");
        }
    }

    /**
     * Runs a handler the way the libraries' UpdateAsync transform does: missing and corrupt values become a fresh
     * {@code {"GlobalUpdates":[0,[]]}}, placeholders are rebuilt with only their mailbox, profiles keep everything
     * and get the dialect's flag set to false; a replaced corrupt value ends with the flag true.
     */
    static JsonNode transform(@Nullable JsonNode stored, Dialect dialect, Consumer<MailboxEditor> handler) {
        Kind kind = ProfileCodec.classify(stored);
        if (kind == Kind.UNKNOWN) {
            throw new RefusedException("The stored value looks like a profile but matches no known library; "
                    + "a global update or message would replace it with a fresh mailbox. Nothing was written.");
        }
        if (dialect == Dialect.PROFILESTORE && stored != null && ProfileCodec.detectDialect(stored)
                == Dialect.PROFILESERVICE_PLUS) {
            throw new RefusedException("The stored value is a ProfileService Plus profile: it reads global updates, "
                    + "not ProfileStore messages. Nothing was written.");
        }
        ObjectNode out;
        switch (kind) {
            case PROFILE:
                out = ((ObjectNode) Objects.requireNonNull(stored, "a profile was read")).deepCopy();
                out.put(dialect.corruptionFlag(), false);
                break;
            case PLACEHOLDER:
                out = RobloxJson.nodes().objectNode();
                out.set("GlobalUpdates", Objects.requireNonNull(stored, "a placeholder was read").get("GlobalUpdates")
                        .deepCopy());
                break;
            default:
                out = freshMailbox();
                break;
        }
        handler.accept(MailboxEditor.of(out));
        if (kind == Kind.CORRUPT) {
            out.put(dialect.corruptionFlag(), true);
        }
        try {
            Validator.validateStored(out);
        } catch (InvalidInputException e) {
            throw e.within("The value after the transform cannot be stored");
        }
        return out;
    }

    private static ObjectNode freshMailbox() {
        ObjectNode out = RobloxJson.nodes().objectNode();
        ArrayNode box = out.putArray("GlobalUpdates");
        box.add(0).addArray();
        return out;
    }
}
