package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A source decorator for one writer (a server or the outside editor) that checks, at every successful write, the
 * per-value invariants of the torture test against the value it replaces: Data.Rev never goes back (no confirmed
 * save lost), SessionLoadCount never goes back, every sent gift is exactly once in mailbox ∪ Data.Received, and
 * the editor never changes Data or MetaData (beyond a force-load request) of a locked profile, and no edit id is
 * in Data.Edits twice. Every writer of the store is wrapped, so the last
 * value written (kept in the ledger) is the value each write replaces.
 */
final class InvariantSource extends ForwardingProfileSource {
    private final TortureLedger ledger;
    private final boolean editor;

    InvariantSource(ProfileSource delegate, TortureLedger ledger, boolean editor) {
        super(delegate);
        this.ledger = ledger;
        this.editor = editor;
    }

    @Override
    public WriteResult write(WriteRequest request) {
        JsonNode prev = ledger.lastValue.get(request.ref());
        WriteResult r;
        try {
            r = delegate().write(request);
        } catch (VersionConflictException e) {
            ledger.conflicts++;
            throw e;
        }
        JsonNode next = RobloxJson.parse(request.value());
        check(request.ref(), prev, next);
        ledger.lastValue.put(request.ref(), next);
        ledger.dirty.add(request.ref());
        ledger.writes++;
        return r;
    }

    private void check(EntryRef ref, @Nullable JsonNode prev, JsonNode next) {
        Kind pk = ProfileCodec.classify(prev);
        Kind nk = ProfileCodec.classify(next);
        if (pk == Kind.PROFILE) {
            ledger.require(nk == Kind.PROFILE, ref, "a profile was replaced by a " + nk);
            long pr = prev.at("/Data/Rev").asLong();
            long nr = next.at("/Data/Rev").asLong();
            ledger.require(nr >= pr, ref, "Data.Rev went back from " + pr + " to " + nr + " (a confirmed save lost)");
            long pc = prev.at("/MetaData/SessionLoadCount").asLong();
            long nc = next.at("/MetaData/SessionLoadCount").asLong();
            ledger.require(nc >= pc, ref, "SessionLoadCount went back from " + pc + " to " + nc);
            if (editor && prev.at("/MetaData/ActiveSession").isArray()) {
                ledger.require(prev.get("Data").equals(next.get("Data"))
                        && withoutRequest(prev).equals(withoutRequest(next)), ref,
                        "the outside editor changed Data/MetaData of a live session (beyond a force-load request)");
            }
            Set<String> edits = new HashSet<>();
            for (JsonNode e : next.at("/Data/Edits")) {
                ledger.require(edits.add(e.asText()), ref, "edit " + e.asText() + " applied twice");
            }
        }
        checkGifts(ref, next);
    }

    private static JsonNode withoutRequest(JsonNode value) {
        com.fasterxml.jackson.databind.node.ObjectNode meta = value.get("MetaData").deepCopy();
        meta.remove("ForceLoadSession");
        return meta;
    }

    private void checkGifts(EntryRef ref, JsonNode value) {
        List<String> inBox = new ArrayList<>();
        for (JsonNode e : value.at("/GlobalUpdates/1")) {
            JsonNode payload = e.get(e.size() - 1);
            if (payload.has("GiftId")) {
                inBox.add(payload.get("GiftId").asText());
            }
        }
        List<String> received = new ArrayList<>();
        value.at("/Data/Received").forEach(n -> received.add(n.asText()));
        Set<String> all = new HashSet<>();
        for (String id : inBox) {
            ledger.require(all.add(id), ref, "gift " + id + " twice in the mailbox");
        }
        for (String id : received) {
            ledger.require(all.add(id), ref, "gift " + id + " applied twice or applied while still queued");
        }
        Set<String> sent = ledger.sent.getOrDefault(ref, Set.of());
        Set<String> expected = new HashSet<>(sent);
        ledger.pendingSend.getOrDefault(ref, Set.of()).forEach(id -> {
            if (all.contains(id)) {
                expected.add(id);
            }
        });
        ledger.require(all.equals(expected), ref, "gifts in store " + all + " differ from gifts sent " + expected);
    }

    @Override
    public String describe() {
        return "checked " + delegate().describe();
    }

    @Override
    public void delete(EntryRef ref) {
        throw new UnsupportedOperationException("the torture test never deletes");
    }

    @Override
    public void close() {
        // the shared delegate is closed by the test
    }
}
