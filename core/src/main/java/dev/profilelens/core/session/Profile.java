package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.MirroredMetadata;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.model.Mailbox;
import dev.profilelens.core.store.EntryRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A profile loaded with its session lock on one server: the in-memory Data, MetaTags, UserIds and Roblox metadata
 * the owner saves, plus the server-managed MetaData as of the last load or save (spec §3.2, §6). Use it only on
 * the owning server's scheduler thread.
 */
public final class Profile {
    private final SessionServer server;
    private final EntryRef ref;
    private final Instant loadedAt;
    private final long loadCount;
    private final @Nullable String sessionId;
    private ObjectNode data;
    private ObjectNode metaTags;
    private JsonNode metaTagsLatest;
    private JsonNode lastSavedData;
    private ObjectNode robloxMetaData;
    private final List<Long> userIds = new ArrayList<>();
    private ObjectNode storedMeta;
    private boolean active = true;
    private boolean hopReadyFired;
    private final GlobalUpdateInbox globalUpdates;
    private final MessageInbox messages;
    private final List<Consumer<@Nullable JsonNode>> releaseListeners = new ArrayList<>();
    private final List<Runnable> hopReadyListeners = new ArrayList<>();
    private final List<Consumer<JsonNode>> metaTagsListeners = new ArrayList<>();

    Profile(SessionServer server, EntryRef ref, ObjectNode stored, @Nullable String sessionId) {
        this.server = server;
        this.ref = ref;
        this.sessionId = sessionId;
        this.loadedAt = server.scheduler().clock().instant();
        this.storedMeta = StoredValue.object(stored, "MetaData").deepCopy();
        this.loadCount = storedMeta.path("SessionLoadCount").asLong();
        this.data = asObject(stored.get("Data"));
        this.metaTags = asObject(storedMeta.get("MetaTags"));
        this.metaTagsLatest = metaTags.deepCopy();
        this.lastSavedData = data.deepCopy();
        this.robloxMetaData = asObject(stored.get("RobloxMetaData"));
        this.userIds.addAll(MirroredMetadata.userIds(stored));
        Mailbox box = ProfileCodec.readMailbox(stored.get("GlobalUpdates"));
        this.globalUpdates = new GlobalUpdateInbox(this, box == null ? Mailbox.empty() : box);
        this.messages = new MessageInbox(this, server.scheduler(), entries(stored));
    }

    static ObjectNode asObject(@Nullable JsonNode n) {
        return n instanceof ObjectNode o ? o.deepCopy() : RobloxJson.nodes().objectNode();
    }

    static ArrayNode entries(ObjectNode value) {
        JsonNode gu = value.get("GlobalUpdates");
        return gu != null && gu.isArray() && gu.size() >= 2 && gu.get(1).isArray() ? (ArrayNode) gu.get(1)
                : RobloxJson.nodes().arrayNode();
    }

    public EntryRef ref() {
        return ref;
    }

    /** The server holding (or having held) this session. */
    public SessionServer server() {
        return server;
    }

    public String key() {
        return ref.key();
    }

    /** The developer data, edited in place by game code. */
    public ObjectNode data() {
        return data;
    }

    public void setData(ObjectNode newData) {
        this.data = newData;
    }

    /** True while this server holds the session (until release, a detected loss, or a crash). */
    public boolean isActive() {
        return active;
    }

    /** {@code SessionLoadCount} of this session (the value stored by the load). */
    public long sessionLoadCount() {
        return loadCount;
    }

    /** Server-managed MetaData as of the last load or save ({@code ActiveSession}, {@code LastUpdate}, ...). */
    public ObjectNode storedMeta() {
        return storedMeta.deepCopy();
    }

    /** PSt: this session's unique id (third element of its lock); null for PS. */
    public @Nullable String sessionId() {
        return sessionId;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public @Nullable JsonNode getMetaTag(String name) {
        return metaTags.get(name);
    }

    /** PS {@code SetMetaTag}: saved with Data at the next owned save. */
    public void setMetaTag(String name, JsonNode value) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("MetaTag name must be a non-empty string");
        }
        metaTags.set(name, value.deepCopy());
    }

    ObjectNode metaTags() {
        return metaTags;
    }

    /** The tags exactly as stored by the last save (a copy of the stored tags at load). */
    public JsonNode metaTagsLatest() {
        return metaTagsLatest.deepCopy();
    }

    /** PSt {@code LastSavedData}: Data as stored by the last successful call. */
    public JsonNode lastSavedData() {
        return lastSavedData.deepCopy();
    }

    public ObjectNode robloxMetaData() {
        return robloxMetaData;
    }

    public List<Long> userIds() {
        return List.copyOf(userIds);
    }

    public void addUserId(long id) {
        if (!userIds.contains(id)) {
            userIds.add(id);
        }
    }

    public void removeUserId(long id) {
        userIds.remove(id);
    }

    List<Long> userIdsRaw() {
        return userIds;
    }

    public GlobalUpdateInbox globalUpdates() {
        return globalUpdates;
    }

    public MessageInbox messages() {
        return messages;
    }

    /** Fills keys missing in Data from the store's template, recursively; never changes present values. */
    public void reconcile() {
        fill(data, server.template());
    }

    private static void fill(ObjectNode target, ObjectNode template) {
        Iterator<Map.Entry<String, JsonNode>> it = template.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode have = target.get(e.getKey());
            if (have == null) {
                target.set(e.getKey(), e.getValue().deepCopy());
            } else if (have instanceof ObjectNode o && e.getValue() instanceof ObjectNode t) {
                fill(o, t);
            }
        }
    }

    /** PS {@code Save()} / PSt {@code Save()}: an out-of-turn save. */
    public void save() {
        server.manualSave(this);
    }

    /** PS {@code Release()} / PSt {@code EndSession()}: final save that removes the lock. */
    public void release() {
        server.release(this, "Manual");
    }

    /** Called once with the new owner tag (null when released without a new owner) when the session ends. */
    public void listenToRelease(Consumer<@Nullable JsonNode> listener) {
        releaseListeners.add(listener);
    }

    /** Called once when the lock is known to be off this server (after the final save). */
    public void listenToHopReady(Runnable listener) {
        hopReadyListeners.add(listener);
    }

    /** Called after every save with the tags as stored. */
    public void listenToMetaTagsUpdated(Consumer<JsonNode> listener) {
        metaTagsListeners.add(listener);
    }

    /** Ends the session locally and fires release listeners. */
    void deactivate(@Nullable JsonNode newOwner) {
        if (!active) {
            return;
        }
        active = false;
        for (Consumer<@Nullable JsonNode> l : List.copyOf(releaseListeners)) {
            l.accept(newOwner == null ? null : newOwner.deepCopy());
        }
    }

    /** The server crashed: the session ends silently (no listeners; nothing is written). */
    void kill() {
        active = false;
    }

    void fireHopReady() {
        if (!hopReadyFired) {
            hopReadyFired = true;
            List.copyOf(hopReadyListeners).forEach(Runnable::run);
        }
    }

    /** After a successful save: refresh server-managed fields from the stored value. */
    void refresh(ObjectNode stored) {
        storedMeta = StoredValue.object(stored, "MetaData").deepCopy();
        metaTagsLatest = asObject(storedMeta.get("MetaTags"));
        lastSavedData = asObject(stored.get("Data"));
        for (Consumer<JsonNode> l : List.copyOf(metaTagsListeners)) {
            l.accept(metaTagsLatest.deepCopy());
        }
    }
}
