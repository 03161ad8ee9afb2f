package dev.profilelens.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.model.GlobalUpdate;
import dev.profilelens.core.model.Mailbox;
import dev.profilelens.core.model.Message;
import dev.profilelens.core.model.MetaData;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.model.SessionTag;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The {@code inspect} document of cli.md: one JSON object describing a stored value. */
public final class InspectReport {
    private static final JsonNodeFactory N = RobloxJson.nodes();

    private InspectReport() {
    }

    public static ObjectNode of(ProfileReading r, LockState lock) {
        ObjectNode o = N.objectNode();
        o.put("kind", r.kind().jsonName());
        o.put("dialect", r.dialect().jsonName());
        o.set("lock", lock(lock));
        MetaData m = r.meta();
        o.set("sessionLoadCount", m == null ? N.nullNode() : number(m.sessionLoadCount()));
        o.set("profileCreateTime", m == null ? N.nullNode() : number(m.profileCreateTime()));
        o.set("lastUpdate", m == null ? N.nullNode() : number(m.lastUpdate()));
        o.set("metaTags", m == null ? N.nullNode() : emptyTableAsObject(m.metaTags()));
        o.set("globalUpdates", mailbox(r.mailbox()));
        o.set("userIds", userIds(r.userIds()));
        o.set("robloxMetaData", emptyTableAsObject(r.robloxMetaData()));
        o.put("sizeBytes", r.sizeBytes());
        o.set("wasCorrupted", r.wasCorrupted() == null ? N.nullNode() : N.booleanNode(r.wasCorrupted()));
        o.set("wasOverwritten", r.wasOverwritten() == null ? N.nullNode() : N.booleanNode(r.wasOverwritten()));
        return o;
    }

    private static JsonNode lock(LockState lock) {
        ObjectNode l = N.objectNode();
        l.put("state", lock.status().jsonName());
        SessionTag owner = lock.owner();
        if (owner == null) {
            l.putNull("owner");
        } else {
            ObjectNode ow = l.putObject("owner");
            ow.set("placeId", owner.placeId());
            ow.set("jobId", owner.jobId());
            ow.set("sessionId", owner.sessionId() == null ? N.nullNode() : N.textNode(owner.sessionId()));
        }
        l.set("ageSeconds", number(lock.ageSeconds()));
        SessionTag req = lock.forceLoadRequestedBy();
        if (req == null) {
            l.putNull("forceLoadRequestedBy");
        } else {
            ObjectNode rq = l.putObject("forceLoadRequestedBy");
            rq.set("placeId", req.placeId());
            rq.set("jobId", req.jobId());
        }
        return l;
    }

    private static JsonNode number(@Nullable Long v) {
        return v == null ? N.nullNode() : N.numberNode(v);
    }

    /** {@code []} (how Roblox stores an empty table) reads as {@code {}} for map-like fields. */
    private static JsonNode emptyTableAsObject(@Nullable JsonNode n) {
        if (n == null) {
            return N.nullNode();
        }
        return n.isArray() && n.isEmpty() ? N.objectNode() : n;
    }

    private static JsonNode userIds(@Nullable List<JsonNode> ids) {
        if (ids == null) {
            return N.nullNode();
        }
        ArrayNode a = N.arrayNode();
        ids.forEach(a::add);
        return a;
    }

    private static JsonNode mailbox(@Nullable Mailbox box) {
        if (box == null) {
            return N.nullNode();
        }
        ObjectNode g = N.objectNode();
        g.put("index", box.index());
        g.set("active", updates(box.active()));
        g.set("locked", updates(box.locked()));
        ArrayNode msgs = g.putArray("messages");
        for (Message m : box.messages()) {
            ObjectNode e = msgs.addObject();
            e.put("id", m.id());
            e.set("message", m.message());
        }
        return g;
    }

    private static ArrayNode updates(List<GlobalUpdate> list) {
        ArrayNode a = N.arrayNode();
        for (GlobalUpdate u : list) {
            ObjectNode e = a.addObject();
            e.put("id", u.id());
            e.put("version", u.version());
            e.set("data", u.data());
        }
        return a;
    }
}
