package dev.profilelens.core.updates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;

/** Mutable view of a value's {@code GlobalUpdates} = {@code [update_index, [entry, ...]]} inside a transform. */
final class MailboxEditor {
    private final ArrayNode mailbox;

    private MailboxEditor(ArrayNode mailbox) {
        this.mailbox = mailbox;
    }

    static MailboxEditor of(ObjectNode value) {
        JsonNode gu = value.get("GlobalUpdates");
        if (gu == null || !gu.isArray() || gu.size() < 2 || !gu.get(0).isNumber() || !gu.get(1).isArray()) {
            throw new InvalidInputException("GlobalUpdates is not [update_index, [entries...]]; the libraries "
                    + "would fail on this value", "/GlobalUpdates");
        }
        return new MailboxEditor((ArrayNode) gu);
    }

    long index() {
        return mailbox.get(0).asLong();
    }

    void setIndex(long index) {
        mailbox.set(0, RobloxJson.nodes().numberNode(index));
    }

    ArrayNode entries() {
        return (ArrayNode) mailbox.get(1);
    }

    /** The PS entry with this id, refusing unknown ids and locked updates as the library does. */
    ArrayNode activeEntry(long id, String verb) {
        for (JsonNode e : entries()) {
            if (e.isArray() && e.size() == 4 && e.get(0).isNumber() && e.get(0).asLong() == id) {
                if (e.get(2).asBoolean()) {
                    throw new InvalidInputException("Can't " + verb + " global update " + id
                            + ": it is locked (the owning server is processing it)");
                }
                return (ArrayNode) e;
            }
        }
        throw new InvalidInputException("There is no global update with id " + id + " to " + verb);
    }

    void remove(ArrayNode entry) {
        ArrayNode list = entries();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == entry) {
                list.remove(i);
                return;
            }
        }
    }
}
