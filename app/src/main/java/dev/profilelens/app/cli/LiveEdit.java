package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.EditRequest;
import dev.profilelens.core.edit.HandoverEdit;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.updates.Delivery;
import dev.profilelens.core.updates.DeliveryTemplate;
import dev.profilelens.core.updates.SandboxTemplates;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** {@code edit --deliver} and {@code edit --handover} on a profile a live server owns (ADR 0091, 0092). */
final class LiveEdit {
    static final Duration POLL = Duration.ofMillis(500);
    private final WriteSession session;
    private final EntryRef ref;
    private final String reason;
    private final PrintWriter err;

    LiveEdit(WriteSession session, EntryRef ref, String reason, PrintWriter err) {
        this.session = session;
        this.ref = ref;
        this.reason = reason;
        this.err = err;
    }

    /** The store's template from a file or the sandbox's own ({@code sandbox}). */
    static DeliveryTemplate template(String spec, String store) {
        if (spec.equals("sandbox")) {
            return DeliveryTemplate.forStore(SandboxTemplates.json(), store, "the sandbox templates");
        }
        JsonNode file = CliInput.json(spec, System.in);
        try {
            return DeliveryTemplate.forStore(file, store, spec);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("--deliver " + spec + ": " + e.getMessage(), "--deliver");
        }
    }

    int deliver(List<Intent> intents, String spec, boolean dryRun, Duration timeout, ObjectNode json,
                PrintWriter out) {
        DeliveryTemplate t = template(spec, ref.store());
        ObjectNode d = json.putObject("delivered");
        if (dryRun) {
            ArrayNode updates = d.putArray("updates");
            t.render(intents).forEach(updates::add);
            out.println(json.toString());
            err.println("dry run: a live server owns " + ref.key() + "; these updates would be sent");
            return 0;
        }
        Delivery delivery = session.delivery();
        Delivery.Sent sent = delivery.send(ref, intents, t, reason);
        d.put("as", sent.dialect() == Dialect.PROFILESTORE ? "message" : "global-update");
        d.put("version", sent.version());
        ArrayNode ids = d.putArray("ids");
        sent.ids().forEach(ids::add);
        ArrayNode updates = d.putArray("updates");
        sent.updates().forEach(updates::add);
        err.println("sent " + sent.ids().size() + " update(s) to " + ref.key() + "; following until the game takes "
                + "them (up to " + timeout.toSeconds() + " s)");
        List<Delivery.State> states = delivery.follow(sent, timeout, POLL,
                s -> err.println("delivery: " + s.stream().map(x -> x.name().toLowerCase(Locale.ROOT)).toList()));
        boolean taken = states.stream().allMatch(s -> s == Delivery.State.TAKEN);
        d.put("taken", taken);
        out.println(json.toString());
        if (!taken) {
            err.println("still queued: the game applies it when it next processes the mailbox (at the latest when "
                    + "the player's next session loads the profile)");
        }
        return 0;
    }

    int handover(EditRequest request, String confirm, Duration timeout, PrintWriter out) {
        requireConfirmed(ref, confirm);
        ArrayNode steps = RobloxJson.nodes().arrayNode();
        HandoverEdit.Outcome o = new HandoverEdit(session.handover(), session.useCase()).run(request, timeout, POLL,
                () -> false, r -> { }, s -> {
                    steps.add(s.name().toLowerCase(Locale.ROOT));
                    err.println("handover: " + s.name().toLowerCase(Locale.ROOT));
                });
        SaveResult result = o.result();
        if (result == null || result instanceof SaveResult.Refused rf
                && rf.reason() == SaveResult.Refused.Reason.LIVE_SESSION) {
            ObjectNode json = ResultJson.of(request.intents(), result == null ? new SaveResult.Refused(
                    SaveResult.Refused.Reason.LIVE_SESSION, null, "not released") : result);
            json.set("handover", steps);
            out.println(json.toString());
            err.println("error: the owner of " + ref.key() + " did not release it within " + timeout.toSeconds()
                    + " s; the request was withdrawn and nothing was written");
            return 5;
        }
        ObjectNode json = ResultJson.of(request.intents(), result);
        json.set("handover", steps);
        out.println(json.toString());
        err.println(result.exitCode() == 0 ? result.message() : "error: " + result.message());
        return result.exitCode();
    }

    static void requireConfirmed(EntryRef ref, String confirm) {
        if (!ref.key().equals(confirm)) {
            throw new InvalidInputException("A handover disconnects the player: type the key again with --confirm "
                    + ref.key() + " to go on", "--confirm");
        }
    }
}
