package dev.profilelens.core.ordered;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.error.InvalidInputException;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one door for ordered-store writes from the app and the CLI (style rule 27): each change needs a reason and
 * lands in the audit log with the value before and after. Ordered entries have no versions, so a set is a plain
 * overwrite (the reference's PATCH has no precondition); the entry's old value is recorded.
 */
public final class OrderedEditor {
    private final OrderedSource source;
    private final AuditLog audit;
    private final Clock clock;
    private final String user;
    private final String connection;

    public OrderedEditor(OrderedSource source, AuditLog audit, Clock clock, String user, String connection) {
        this.source = source;
        this.audit = audit;
        this.clock = clock;
        this.user = user;
        this.connection = connection;
    }

    /** Sets the value, creating the entry when missing. */
    public OrderedEntry set(OrderedStoreRef store, String key, long value, String reason) {
        requireReason(reason);
        Optional<OrderedEntry> before = source.get(store, key);
        OrderedEntry after = source.update(store, key, value, true);
        record(store, key, before.orElse(null), after, "ordered-set", reason);
        return after;
    }

    /** Creates the entry; refused with {@link OrderedEntryExistsException} when someone wrote it first. */
    public OrderedEntry create(OrderedStoreRef store, String key, long value, String reason) {
        requireReason(reason);
        OrderedEntry after = source.create(store, key, value);
        record(store, key, null, after, "ordered-create", reason);
        return after;
    }

    /** Adds {@code amount} (may be negative); a missing entry starts at 0. */
    public OrderedEntry increment(OrderedStoreRef store, String key, long amount, String reason) {
        requireReason(reason);
        Optional<OrderedEntry> before = source.get(store, key);
        OrderedEntry after = source.increment(store, key, amount);
        record(store, key, before.orElse(null), after, "ordered-increment", reason);
        return after;
    }

    /** Deletes the entry at once (no history remains); false when there was none, and nothing is recorded then. */
    public boolean remove(OrderedStoreRef store, String key, String reason) {
        requireReason(reason);
        Optional<OrderedEntry> before = source.get(store, key);
        boolean existed = source.delete(store, key);
        if (existed) {
            record(store, key, before.orElse(null), null, "ordered-remove", reason);
        }
        return existed;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("Say why (--reason): every change is recorded in the audit log",
                    "--reason");
        }
    }

    private void record(OrderedStoreRef store, String key, @Nullable OrderedEntry before,
                        @Nullable OrderedEntry after, String action, String reason) {
        JsonNodeFactory n = JsonNodeFactory.instance;
        ArrayNode patch = n.arrayNode();
        JsonNode op = after == null ? n.objectNode().put("op", "remove").put("path", "")
                : n.objectNode().put("op", before == null ? "add" : "replace").put("path", "")
                .put("value", after.value());
        patch.add(op);
        audit.record(new AuditEntry(clock.instant(), user, connection, store.store(), store.scope(), key,
                before == null ? null : "value " + before.value(), after == null ? "removed" : "value " + after.value(),
                action, patch, reason));
    }
}
