package dev.profilelens.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Eight game servers, 550 keys (PS and PSt), three virtual hours of joins, leaves, crashes, restarts, force-loads,
 * steals and handler loads, with an outside editor sending gifts and editing free profiles. Invariants are checked
 * at every write ({@link InvariantSource}) and after every scheduler task ({@link TortureLedger}); at the end every
 * server shuts down, a collector server drains all mailboxes, every gift must have arrived exactly once, and every
 * key's Data must equal the servers' own changes plus every accepted intent.
 */
class SessionTortureTest {

    @Test
    void sessionsSurviveCrashesStealsAndAnOutsideEditor() {
        long wallStart = System.nanoTime();
        TortureWorld w = new TortureWorld(20261125L, 8, 300, 250);
        w.scheduler.runUntil(Harness.T0.plus(Duration.ofHours(3)));
        assertThat(w.ledger.violations).as("invariant violations during play").isEmpty();

        w.calm = true;
        List<CompletableFuture<Void>> downs = new ArrayList<>();
        Set<String> cleanlyStopped = new HashSet<>();
        for (TortureWorld.GameServer s : w.slots) {
            if (s.alive) {
                cleanlyStopped.add(s.tag.jobId());
                downs.add(s.shutdown());
            }
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(downs.toArray(CompletableFuture[]::new));
        assertThat(w.scheduler.runUntil(all::isDone, Duration.ofMinutes(5))).as("clean shutdowns finish").isTrue();
        for (EntryRef ref : w.keys) {
            w.store.read(ref).ifPresent(e -> {
                JsonNode lock = RobloxJson.parse(e.value()).at("/MetaData/ActiveSession");
                assertThat(lock.isArray() && cleanlyStopped.contains(lock.get(1).asText()))
                        .as("%s still locked by a server that shut down cleanly", ref).isFalse();
            });
        }

        TortureWorld.GameServer collector = w.new GameServer(99, true);
        for (EntryRef ref : w.keys) {
            if (w.ledger.sent.containsKey(ref) || w.ledger.accepted.containsKey(ref)) {
                collector.join(ref, LoadHandler.forceLoad());
            }
        }
        w.scheduler.advance(Duration.ofMinutes(20));
        CompletableFuture<Void> drained = collector.shutdown();
        assertThat(w.scheduler.runUntil(drained::isDone, Duration.ofMinutes(5))).isTrue();
        assertThat(w.ledger.violations).as("invariant violations").isEmpty();

        long delivered = 0;
        for (EntryRef ref : w.ledger.sent.keySet()) {
            JsonNode v = RobloxJson.parse(w.store.read(ref).orElseThrow().value());
            Set<String> received = new HashSet<>();
            v.at("/Data/Received").forEach(n -> received.add(n.asText()));
            assertThat(received).as("gifts delivered to %s", ref).isEqualTo(w.ledger.sent.get(ref));
            assertThat(v.at("/GlobalUpdates/1").size()).as("mailbox of %s drained", ref).isZero();
            delivered += received.size();
        }
        long editsChecked = checkEveryKeyHoldsServersChangesPlusAcceptedIntents(w);
        long wallMs = (System.nanoTime() - wallStart) / 1_000_000;
        TortureLedger l = w.ledger;
        System.out.printf("SessionTortureTest: %d servers, %d keys, 3 h + drain virtual, %d ms wall, %d tasks%n",
                w.slots.length, w.keys.size(), wallMs, w.scheduler.executed());
        System.out.printf("  loads=%d saves=%d releases=%d steals=%d takeovers=%d force-load requests=%d "
                        + "lost sessions=%d failed loads=%d crashes=%d%n",
                l.count(SessionEvent.Type.LOADED), l.count(SessionEvent.Type.SAVED),
                l.count(SessionEvent.Type.RELEASED), l.count(SessionEvent.Type.STOLE),
                l.count(SessionEvent.Type.TOOK_OVER), l.count(SessionEvent.Type.FORCE_LOAD_REQUESTED),
                l.count(SessionEvent.Type.LOST), l.count(SessionEvent.Type.LOAD_FAILED),
                l.count(SessionEvent.Type.CRASHED) / 2);
        System.out.printf("  gifts sent=%d delivered exactly once=%d applications (incl. ones lost with a stolen "
                        + "session)=%d unsaved edits lost to steals/takeovers=%d%n",
                l.giftsSent, delivered, l.giftsApplied, l.lostUnsavedEdits);
        System.out.printf("  intents applied=%d re-applied after conflicts=%d delivered=%d (applied by the game=%d) "
                        + "handovers=%d of %d requests (withdrawn or lost=%d) skipped (stale/not a profile)=%d "
                        + "edits checked in final Data=%d%n", l.intentsApplied, l.reapplied, l.delivered,
                l.deliveredApplied, l.handovers, l.handoverRequests, l.handoversWithdrawn, l.editorSkipped,
                editsChecked);
        System.out.printf("  store writes=%d CAS conflicts=%d ownership checks=%d%n", l.writes, l.conflicts,
                l.checks);

        assertThat(delivered).isEqualTo(l.giftsSent);
        assertThat(l.count(SessionEvent.Type.LOADED)).isGreaterThan(1000);
        assertThat(l.count(SessionEvent.Type.STOLE)).isGreaterThan(10);
        assertThat(l.count(SessionEvent.Type.TOOK_OVER)).isGreaterThan(0);
        assertThat(l.count(SessionEvent.Type.CRASHED)).isGreaterThan(10);
        assertThat(l.count(SessionEvent.Type.LOST)).isGreaterThan(0);
        assertThat(l.giftsSent).isGreaterThan(1000);
        assertThat(l.intentsApplied).isGreaterThan(100);
        assertThat(l.reapplied).as("some intents were re-applied after losing a conditional write").isPositive();
        assertThat(l.delivered).isPositive();
        assertThat(l.handovers).isPositive();
        assertThat(l.conflicts).isGreaterThan(0);
    }

    /**
     * For every key: Data.Edits holds every accepted edit exactly once and nothing else, and
     * Coins = the servers' own changes (Own) + every gift received + every accepted edit's delta.
     */
    private static long checkEveryKeyHoldsServersChangesPlusAcceptedIntents(TortureWorld w) {
        long checked = 0;
        for (EntryRef ref : w.keys) {
            java.util.Map<String, Long> accepted = w.ledger.accepted.getOrDefault(ref, java.util.Map.of());
            JsonNode v = w.store.read(ref).map(e -> RobloxJson.parse(e.value())).orElse(null);
            if (v == null || !v.has("Data")) {
                assertThat(accepted).as("edits accepted for %s, which holds no profile", ref).isEmpty();
                continue;
            }
            List<String> edits = new ArrayList<>();
            v.at("/Data/Edits").forEach(n -> edits.add(n.asText()));
            assertThat(edits).as("edits in %s: each accepted one exactly once, nothing else", ref)
                    .containsExactlyInAnyOrderElementsOf(accepted.keySet());
            long gifts = 0;
            for (JsonNode g : v.at("/Data/Received")) {
                gifts += w.ledger.giftAmounts.get(g.asText());
            }
            long intents = accepted.values().stream().mapToLong(Long::longValue).sum();
            assertThat(v.at("/Data/Coins").asLong()).as("coins of %s = servers' own + gifts + accepted intents", ref)
                    .isEqualTo(v.at("/Data/Own").asLong() + gifts + intents);
            checked += edits.size();
        }
        return checked;
    }
}
