package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.store.EntryRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the torture test knows independently of the runtime: gifts sent, sessions superseded by a recorded steal or
 * takeover, which profile objects believe they hold a key, and the counts it prints. Violations are collected
 * (first one fails the test with its key and step).
 */
final class TortureLedger {
    final Map<EntryRef, Set<String>> sent = new HashMap<>();
    final Map<EntryRef, JsonNode> lastValue = new HashMap<>();
    final Map<EntryRef, Set<String>> pendingSend = new HashMap<>();
    final Set<EntryRef> dirty = new LinkedHashSet<>();
    final Map<EntryRef, List<Profile>> believers = new HashMap<>();
    final Map<EntryRef, Long> superseded = new HashMap<>();
    final List<String> violations = new ArrayList<>();
    final Map<SessionEvent.Type, Long> events = new HashMap<>();
    long writes;
    long conflicts;
    long giftsSent;
    long giftsApplied;
    long lostUnsavedEdits;
    long checks;
    final Map<String, Long> giftAmounts = new HashMap<>();
    final Map<EntryRef, Map<String, Long>> accepted = new HashMap<>();
    final Set<EntryRef> handingOver = new HashSet<>();
    long intentsApplied;
    long reapplied;
    long delivered;
    long deliveredApplied;
    long handovers;
    long handoverRequests;
    long handoversWithdrawn;
    long editorSkipped;

    /** An edit the save use case wrote, or delivered to the game: it must end in Data exactly once. */
    void accept(EntryRef ref, String editId, long delta) {
        Long was = accepted.computeIfAbsent(ref, k -> new HashMap<>()).put(editId, delta);
        require(was == null, ref, "edit " + editId + " accepted twice");
    }

    void require(boolean ok, EntryRef ref, String what) {
        if (!ok && violations.size() < 20) {
            violations.add(ref + ": " + what);
        }
    }

    void onEvent(SessionEvent e) {
        events.merge(e.type(), 1L, Long::sum);
        if (e.type() == SessionEvent.Type.STOLE || e.type() == SessionEvent.Type.TOOK_OVER) {
            superseded.merge(e.ref(), e.loadCount(), Math::max);
        }
        if (e.type() == SessionEvent.Type.LOST) {
            require(e.loadCount() <= superseded.getOrDefault(e.ref(), -1L), e.ref(),
                    "session #" + e.loadCount() + " lost without a recorded steal or takeover");
        }
        dirty.add(e.ref());
    }

    long count(SessionEvent.Type t) {
        return events.getOrDefault(t, 0L);
    }

    void believe(Profile p) {
        believers.computeIfAbsent(p.ref(), k -> new ArrayList<>()).add(p);
        dirty.add(p.ref());
    }

    /** After every scheduler task: ownership of every key touched by it. */
    void checkOwnership() {
        for (EntryRef ref : dirty) {
            List<Profile> list = believers.get(ref);
            if (list == null) {
                continue;
            }
            list.removeIf(p -> !p.isActive());
            long cut = superseded.getOrDefault(ref, -1L);
            List<Profile> live = list.stream().filter(p -> p.sessionLoadCount() > cut).toList();
            checks++;
            require(live.size() <= 1, ref, live.size() + " servers believe they own it");
            if (live.size() == 1) {
                Profile p = live.get(0);
                JsonNode meta = lastValue.get(ref).get("MetaData");
                require(p.server().tag().matches(meta.get("ActiveSession"))
                        && meta.path("SessionLoadCount").asLong() == p.sessionLoadCount(), ref,
                        "the believing owner " + p.server().tag().display() + " #" + p.sessionLoadCount()
                                + " is not the stored owner " + meta.get("ActiveSession"));
            }
            if (list.isEmpty()) {
                believers.remove(ref);
            }
        }
        dirty.clear();
    }

    void sending(EntryRef ref, String giftId) {
        pendingSend.computeIfAbsent(ref, k -> new HashSet<>()).add(giftId);
    }

    void sent(EntryRef ref, String giftId) {
        pendingSend.get(ref).remove(giftId);
        sent.computeIfAbsent(ref, k -> new HashSet<>()).add(giftId);
        giftsSent++;
    }
}
