package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.profilelens.core.model.GlobalUpdate;
import dev.profilelens.core.model.Mailbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The owner side of ProfileService global updates on a loaded profile (spec §5.3): lock and clear requests queue
 * until the next owned save applies them inside its transform; after each owned save new Active / Locked entries
 * fire the listeners. Entries present at load never fire: scan {@link #active()} / {@link #locked()} after loading.
 */
public final class GlobalUpdateInbox {
    private final Profile profile;
    private final Set<Long> pendingLock = new LinkedHashSet<>();
    private final Set<Long> pendingClear = new LinkedHashSet<>();
    private final List<BiConsumer<Long, JsonNode>> activeListeners = new ArrayList<>();
    private final List<BiConsumer<Long, JsonNode>> lockedListeners = new ArrayList<>();
    private Mailbox last;

    GlobalUpdateInbox(Profile profile, Mailbox atLoad) {
        this.profile = profile;
        this.last = atLoad;
    }

    /** Active updates not yet queued for locking, in stored order. */
    public List<GlobalUpdate> active() {
        return last.active().stream().filter(u -> !pendingLock.contains(u.id())).toList();
    }

    /** Locked updates not yet queued for clearing, in stored order. */
    public List<GlobalUpdate> locked() {
        return last.locked().stream().filter(u -> !pendingClear.contains(u.id())).toList();
    }

    /** Queues the lock of an Active update; applied by the next owned save. */
    public void lockActiveUpdate(long id) {
        check(id);
        if (last.active().stream().anyMatch(u -> u.id() == id)) {
            pendingLock.add(id);
        }
    }

    /** Queues the clear of a Locked update; applied by the next owned save, in the same write as Data. */
    public void clearLockedUpdate(long id) {
        check(id);
        if (last.locked().stream().anyMatch(u -> u.id() == id)) {
            pendingClear.add(id);
        }
    }

    private void check(long id) {
        if (!profile.isActive()) {
            throw new IllegalStateException("PROFILE EXPIRED: " + profile.ref() + " is no longer loaded here");
        }
        boolean known = last.active().stream().anyMatch(u -> u.id() == id)
                || last.locked().stream().anyMatch(u -> u.id() == id);
        if (!known) {
            throw new IllegalArgumentException("Passed non-existant update_id " + id + " for " + profile.ref());
        }
    }

    /** Called (spawned) with id and data for every new Active update. */
    public void listenToNewActiveUpdate(BiConsumer<Long, JsonNode> listener) {
        activeListeners.add(listener);
    }

    /** Called in order for every new Locked update, stopping once one listener queued its clear. */
    public void listenToNewLockedUpdate(BiConsumer<Long, JsonNode> listener) {
        lockedListeners.add(listener);
    }

    /** Inside the save transform: mark pending locks, then drop locked entries pending clear. */
    void applyPending(ArrayNode entries) {
        for (JsonNode e : entries) {
            if (e.isArray() && e.size() == 4 && pendingLock.contains(e.get(0).asLong())) {
                ((ArrayNode) e).set(2, BooleanNode.TRUE);
            }
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            JsonNode e = entries.get(i);
            if (e.isArray() && e.size() == 4 && e.get(2).asBoolean() && pendingClear.contains(e.get(0).asLong())) {
                entries.remove(i);
            }
        }
    }

    /** After an owned save: remember the stored mailbox; fire listeners when {@code notify}. */
    void afterSave(Mailbox stored, boolean notify, Scheduler scheduler) {
        Map<Long, GlobalUpdate> before = new HashMap<>();
        last.active().forEach(u -> before.put(u.id(), u));
        last.locked().forEach(u -> before.put(u.id(), u));
        last = stored;
        if (!notify) {
            return;
        }
        for (GlobalUpdate u : stored.active()) {
            if (isNew(before.get(u.id()), u) && !pendingLock.contains(u.id())) {
                for (BiConsumer<Long, JsonNode> l : List.copyOf(activeListeners)) {
                    JsonNode data = u.data().deepCopy();
                    scheduler.schedule(Duration.ZERO, () -> {
                        if (profile.isActive()) {
                            l.accept(u.id(), data);
                        }
                    });
                }
            }
        }
        for (GlobalUpdate u : stored.locked()) {
            if (isNew(before.get(u.id()), u) && !pendingClear.contains(u.id())) {
                for (BiConsumer<Long, JsonNode> l : List.copyOf(lockedListeners)) {
                    l.accept(u.id(), u.data().deepCopy());
                    if (pendingClear.contains(u.id())) {
                        break;
                    }
                }
            }
        }
    }

    private static boolean isNew(@Nullable GlobalUpdate old, GlobalUpdate now) {
        return old == null || now.version() > old.version() || now.locked() != old.locked();
    }
}
