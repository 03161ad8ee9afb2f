package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.EditRequest;
import dev.profilelens.core.edit.Handover;
import dev.profilelens.core.edit.SavePipeline;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.SaveUseCase;
import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.edit.intent.AppendItem;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import dev.profilelens.core.updates.Delivery;
import dev.profilelens.core.updates.DeliveryTemplate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * The torture test's outside editor, driving the real save use case: each edit is "+N coins and append the edit's
 * id to Data.Edits". A free profile is written through {@link SaveUseCase} (its conditional writes see network
 * latency during which servers keep saving, so intents are re-applied); a live one is delivered through a template
 * (the game applies it) or handed over ({@link Handover}: force-load request, wait, then the save use case).
 */
final class TortureEditor {
    static final DeliveryTemplate TEMPLATE = DeliveryTemplate.parse(RobloxJson.parse("{\"rules\":["
            + "{\"intent\":\"add\",\"path\":\"/Data/Coins\",\"update\":{\"Type\":\"Edit\",\"Amount\":\"$delta\"}},"
            + "{\"intent\":\"append\",\"path\":\"/Data/Edits\",\"update\":{\"Type\":\"Edit\",\"EditId\":\"$item\"}}"
            + "]}"), "torture");
    private static final Duration HANDOVER_TIMEOUT = Duration.ofSeconds(420);
    private static final Duration POLL = Duration.ofSeconds(5);
    private final VirtualScheduler scheduler;
    private final TortureLedger ledger;
    private final Random rnd;
    private final SaveUseCase useCase;
    private final Delivery delivery;
    private final Handover handover;
    private int edits;
    private boolean inWrite;

    /**
     * @param racer sends a gift to a key from another writer; called now and then while one of our conditional writes
     *              is on the wire, so it lands between our read and our write
     */
    TortureEditor(VirtualScheduler scheduler, ProfileSource editorSource, TortureLedger ledger, Random rnd,
                  java.util.function.Consumer<EntryRef> racer) {
        this.scheduler = scheduler;
        this.ledger = ledger;
        this.rnd = rnd;
        ProfileSource slow = new ForwardingProfileSource(editorSource) {
            @Override
            public WriteResult write(WriteRequest request) {
                if (!inWrite && rnd.nextInt(3) == 0) {
                    inWrite = true;
                    try {
                        if (rnd.nextBoolean()) {
                            racer.accept(request.ref());
                        }
                        scheduler.advance(Duration.ofMillis(200 + rnd.nextInt(3000)));
                    } finally {
                        inWrite = false;
                    }
                }
                return super.write(request);
            }
        };
        InMemoryAuditLog audit = new InMemoryAuditLog();
        SavePipeline pipeline = new SavePipeline(slow, audit, scheduler.clock(), "torture", "virtual");
        useCase = pipeline.useCase();
        delivery = new Delivery(pipeline, slow);
        handover = new Handover(pipeline, slow, scheduler.clock());
    }

    void edit(EntryRef ref) {
        if (ledger.handingOver.contains(ref)) {
            return;
        }
        String id = "e" + (++edits);
        long delta = 1 + rnd.nextInt(1000);
        List<Intent> intents = List.of(AddDelta.of("/Data/Coins", delta), new AppendItem("/Data/Edits",
                RobloxJson.nodes().textNode(id)));
        SaveResult r = useCase.save(EditRequest.of(ref, intents, "torture " + id));
        if (r instanceof SaveResult.Written w) {
            ledger.accept(ref, id, delta);
            ledger.intentsApplied++;
            ledger.reapplied += w.reapplied();
        } else if (r instanceof SaveResult.Refused f && f.reason() == SaveResult.Refused.Reason.LIVE_SESSION) {
            if (rnd.nextBoolean()) {
                delivery.send(ref, intents, TEMPLATE, "torture " + id);
                ledger.accept(ref, id, delta);
                ledger.delivered++;
            } else {
                startHandover(ref, intents, id, delta);
            }
        } else if (r instanceof SaveResult.Refused) {
            ledger.editorSkipped++;
        } else {
            ledger.require(false, ref, "edit " + id + " failed: " + r.message());
        }
    }

    private void startHandover(EntryRef ref, List<Intent> intents, String id, long delta) {
        Handover.Request req = handover.request(ref, "torture " + id);
        ledger.handingOver.add(ref);
        ledger.handoverRequests++;
        Instant deadline = scheduler.clock().instant().plus(HANDOVER_TIMEOUT);
        scheduler.schedule(POLL, () -> pollHandover(req, intents, id, delta, deadline));
    }

    private void pollHandover(Handover.Request req, List<Intent> intents, String id, long delta, Instant deadline) {
        EntryRef ref = req.ref();
        Handover.Step step = handover.poll(req);
        if (step == Handover.Step.REQUESTED && scheduler.clock().instant().isBefore(deadline)) {
            scheduler.schedule(POLL, () -> pollHandover(req, intents, id, delta, deadline));
            return;
        }
        ledger.handingOver.remove(ref);
        if (step != Handover.Step.RELEASED) {
            handover.withdraw(req, "torture " + id);
            ledger.handoversWithdrawn++;
            return;
        }
        SaveResult r = useCase.save(EditRequest.of(ref, intents, "torture " + id));
        if (r instanceof SaveResult.Written w) {
            ledger.accept(ref, id, delta);
            ledger.handovers++;
            ledger.reapplied += w.reapplied();
        } else {
            ledger.handoversWithdrawn++;
        }
    }

    /** What the game does with an edit delivered through {@link #TEMPLATE}. */
    static void applyDelivered(com.fasterxml.jackson.databind.node.ObjectNode data, JsonNode update) {
        if (update.has("Amount")) {
            data.put("Coins", data.path("Coins").asLong() + update.get("Amount").asLong());
        }
        if (update.has("EditId")) {
            data.withArray("Edits").add(update.get("EditId").asText());
        }
    }
}
