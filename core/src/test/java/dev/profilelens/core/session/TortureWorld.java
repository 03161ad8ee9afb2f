package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.updates.GlobalUpdates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * The torture test's world: game servers (each a PS and a PSt runtime) whose players join and leave, play, take
 * gifts; random crashes and restarts; force-loads, steals and handler loads; and an outside editor sending gifts
 * and editing free profiles with conditional writes. Everything runs on one {@link VirtualScheduler}.
 */
final class TortureWorld {
    static final String PS_STORE = "PlayerData";
    static final String PST_STORE = "PlayerData_v2";

    final VirtualScheduler scheduler = new VirtualScheduler(Harness.T0);
    final InMemoryProfileSource store = new InMemoryProfileSource(scheduler.clock());
    final TortureLedger ledger = new TortureLedger();
    final List<EntryRef> keys = new ArrayList<>();
    final Random rnd;
    final GameServer[] slots;
    private final ObjectNode template = (ObjectNode) RobloxJson.parse(
            "{\"Rev\":0,\"Coins\":0,\"Own\":0,\"Received\":[],\"Edits\":[]}");
    private final InvariantSource editorSource = new InvariantSource(store, ledger, true);
    private final UpdateCall editorCalls = new UpdateCall(editorSource, scheduler, Duration.ofMillis(300), () -> true);
    private final SessionMessaging messaging = new SessionMessaging(Duration.ofMillis(200));
    private final TortureEditor intentEditor;
    private int jobs;
    private int gifts;
    boolean calm;

    TortureWorld(long seed, int servers, int psKeys, int pstKeys) {
        rnd = new Random(seed);
        for (int i = 0; i < psKeys; i++) {
            keys.add(EntryRef.of(PS_STORE, "Player_" + (1000 + i)));
        }
        for (int i = 0; i < pstKeys; i++) {
            keys.add(EntryRef.of(PST_STORE, Integer.toString(5000 + i)));
        }
        slots = new GameServer[servers];
        for (int i = 0; i < servers; i++) {
            slots[i] = new GameServer(i);
        }
        intentEditor = new TortureEditor(scheduler, editorSource, ledger, rnd, this::sendGift);
        scheduler.afterEachTask(ledger::checkOwnership);
        scheduler.schedule(Duration.ofMinutes(5), this::chaos);
        scheduler.schedule(Duration.ofSeconds(1), this::editor);
    }

    Duration rand(int minSeconds, int maxSeconds) {
        return Duration.ofMillis(1000L * minSeconds + (long) (rnd.nextDouble() * 1000 * (maxSeconds - minSeconds)));
    }

    final class GameServer {
        final ServerTag tag;
        final SessionServer ps;
        final SessionServer pst;
        boolean alive = true;
        final boolean collector;

        GameServer(int slot) {
            this(slot, false);
        }

        GameServer(int slot, boolean collector) {
            this.collector = collector;
            tag = new ServerTag(4242, "job-" + slot + "-" + (jobs++));
            InvariantSource src = new InvariantSource(store, ledger, false);
            SessionConfig psc = SessionConfig.profileService().withStoreLatency(Duration.ofMillis(100));
            SessionConfig pstc = SessionConfig.profileStore().withStoreLatency(Duration.ofMillis(100));
            ps = new SessionServer(src, scheduler, tag, psc, PS_STORE, template, rnd.nextLong());
            pst = new SessionServer(src, scheduler, tag, pstc, PST_STORE, template, rnd.nextLong());
            pst.useMessaging(messaging);
            ps.addListener(ledger::onEvent);
            pst.addListener(ledger::onEvent);
            if (!collector) {
                scheduler.schedule(rand(0, 10), this::joinTick);
            }
        }

        SessionServer runtime(EntryRef ref) {
            return ref.store().equals(PS_STORE) ? ps : pst;
        }

        private void joinTick() {
            if (!alive || calm) {
                return;
            }
            if (rnd.nextDouble() < 0.3) {
                join(keys.get(rnd.nextInt(keys.size())), handler());
            }
            scheduler.schedule(Duration.ofSeconds(10), this::joinTick);
        }

        private LoadHandler handler() {
            double r = rnd.nextDouble();
            if (r < 0.08) {
                return LoadHandler.steal();
            }
            if (r < 0.13) {
                int[] tries = {0};
                return LoadHandler.function((place, job) -> ++tries[0] <= 2 ? LoadHandler.Decision.REPEAT
                        : LoadHandler.Decision.CANCEL);
            }
            return LoadHandler.forceLoad();
        }

        void join(EntryRef ref, LoadHandler h) {
            SessionServer s = runtime(ref);
            if (s.loaded(ref.key()).isPresent()) {
                return;
            }
            if (s == pst && h != LoadHandler.steal()) {
                h = LoadHandler.forceLoad();
            }
            s.load(ref.key(), h).thenAccept(p -> p.ifPresent(this::play));
        }

        private void play(Profile p) {
            ledger.believe(p);
            if (p.ref().store().equals(PS_STORE)) {
                GlobalUpdateInbox in = p.globalUpdates();
                in.active().forEach(u -> in.lockActiveUpdate(u.id()));
                in.locked().forEach(u -> {
                    apply(p, u.data());
                    in.clearLockedUpdate(u.id());
                });
                in.listenToNewActiveUpdate((id, data) -> {
                    in.lockActiveUpdate(id);
                    p.save();
                });
                in.listenToNewLockedUpdate((id, data) -> {
                    apply(p, data);
                    in.clearLockedUpdate(id);
                });
            } else {
                p.messages().handler((m, processed) -> {
                    apply(p, m);
                    processed.run();
                });
            }
            p.listenToRelease(owner -> {
                if (owner != null && !tag.matches(owner)) {
                    JsonNode stored = RobloxJson.parse(store.read(p.ref()).orElseThrow().value());
                    ledger.lostUnsavedEdits += Math.max(0, p.data().get("Rev").asLong()
                            - stored.at("/Data/Rev").asLong());
                }
            });
            scheduler.schedule(rand(5, 20), () -> playTick(p));
            if (!collector) {
                scheduler.schedule(rand(120, 1800), () -> {
                    if (alive) {
                        p.release();
                    }
                });
            }
        }

        private void playTick(Profile p) {
            if (!alive || !p.isActive()) {
                return;
            }
            p.data().put("Rev", p.data().get("Rev").asLong() + 1);
            int own = rnd.nextInt(21) - 5;
            p.data().put("Coins", p.data().get("Coins").asLong() + own);
            p.data().put("Own", p.data().path("Own").asLong() + own);
            scheduler.schedule(rand(5, 20), () -> playTick(p));
        }

        private void apply(Profile p, JsonNode gift) {
            if (!gift.has("GiftId")) {
                TortureEditor.applyDelivered(p.data(), gift);
                p.data().put("Rev", p.data().get("Rev").asLong() + 1);
                ledger.deliveredApplied++;
                return;
            }
            p.data().withArray("Received").add(gift.get("GiftId").asText());
            p.data().put("Coins", p.data().get("Coins").asLong() + gift.get("Amount").asLong());
            p.data().put("Rev", p.data().get("Rev").asLong() + 1);
            ledger.giftsApplied++;
        }

        void crash() {
            alive = false;
            ps.crash();
            pst.crash();
        }

        CompletableFuture<Void> shutdown() {
            alive = false;
            return CompletableFuture.allOf(ps.shutdown(), pst.shutdown());
        }
    }

    private void chaos() {
        if (calm) {
            return;
        }
        int slot = rnd.nextInt(slots.length);
        if (slots[slot].alive) {
            slots[slot].crash();
            scheduler.schedule(rand(60, 300), () -> {
                if (!calm) {
                    slots[slot] = new GameServer(slot);
                }
            });
        }
        scheduler.schedule(rand(300, 900), this::chaos);
    }

    private void editor() {
        if (calm) {
            return;
        }
        EntryRef ref = keys.get(rnd.nextInt(keys.size()));
        if (rnd.nextBoolean()) {
            sendGift(ref);
        } else {
            intentEditor.edit(ref);
        }
        scheduler.schedule(rand(1, 3), this::editor);
    }

    private void sendGift(EntryRef ref) {
        String id = "g" + (++gifts);
        int amount = 1 + rnd.nextInt(100);
        ledger.giftAmounts.put(id, (long) amount);
        JsonNode gift = RobloxJson.parse("{\"GiftId\":\"" + id + "\",\"Amount\":" + amount + "}");
        boolean ps = ref.store().equals(PS_STORE);
        ledger.sending(ref, id);
        editorCalls.run(ref, stored -> (ObjectNode) (ps ? GlobalUpdates.addActive(stored, gift)
                : GlobalUpdates.message(stored, gift)), r -> ledger.sent(ref, id), e -> {
                    ledger.require(false, ref, "gift send failed: " + e);
                });
    }
}
