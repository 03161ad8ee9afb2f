package dev.profilelens.core.erase;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an erase found and did, when and by whom: stored as JSON and as text with the audit log
 * ({@link ReportFiles}, ADR 0170).
 */
public record EraseReport(ErasePlan plan, String reason, String user, String connection, Instant started,
                          Instant finished, List<PlaceOutcome> outcomes, boolean cancelled) {
    /** Said in every report: a delete on Roblox is a soft delete. */
    public static final String RETENTION = "Roblox keeps the versions of deleted standard keys readable for 30 days "
            + "before it purges them (they still count toward storage until then); ordered entries are removed at "
            + "once. Other profiles listed for review were not changed.";

    public EraseReport {
        Objects.requireNonNull(plan, "plan");
        outcomes = List.copyOf(outcomes);
    }

    public long count(PlaceOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** True when every planned place is gone and stayed gone. */
    public boolean complete() {
        return !cancelled && outcomes.stream().allMatch(o -> o.status() == PlaceOutcome.Status.DELETED
                || o.status() == PlaceOutcome.Status.ALREADY_GONE);
    }

    public ObjectNode toJson() {
        ObjectNode o = RobloxJson.nodes().objectNode();
        ArrayNode ids = o.putArray("userIds");
        plan.request().userIds().forEach(ids::add);
        o.put("request", plan.request().origin());
        ArrayNode places = o.putArray("placeIds");
        plan.request().placeIds().forEach(places::add);
        o.put("reason", reason).put("by", user).put("connection", connection);
        o.put("started", started.toString()).put("finished", finished.toString());
        o.put("complete", complete()).put("cancelled", cancelled);
        ArrayNode found = o.putArray("places");
        for (PlaceOutcome p : outcomes) {
            ObjectNode n = found.addObject();
            n.put("userId", p.place().userId()).put("type", p.place().kind().name().toLowerCase(Locale.ROOT));
            n.put("store", p.place().store()).put("scope", p.place().scope()).put("key", p.place().key());
            n.put("dialect", p.place().dialect()).put("via", p.place().via());
            n.put("outcome", p.status().name().toLowerCase(Locale.ROOT));
            n.put("deletedVersion", p.version()).put("at", p.at() == null ? null : p.at().toString());
            n.put("detail", p.detail());
        }
        ArrayNode review = o.putArray("review");
        for (ReviewHit h : plan.review()) {
            ObjectNode n = review.addObject().put("userId", h.userId()).put("store", h.ref().store())
                    .put("scope", h.ref().scope()).put("key", h.ref().key());
            h.paths().forEach(n.putArray("paths")::add);
        }
        plan.searched().forEach(o.putArray("searched")::add);
        plan.notes().forEach(o.putArray("notes")::add);
        o.put("retention", RETENTION);
        return o;
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("Right to erasure — UserId ").append(plan.request().confirmation()).append('\n');
        b.append("Request: ").append(plan.request().origin());
        if (!plan.request().placeIds().isEmpty()) {
            b.append(", start places ").append(plan.request().placeIds());
        }
        b.append("\nBy ").append(user).append(" on ").append(connection).append(", ").append(started)
                .append(" – ").append(finished).append("\nReason: ").append(reason).append("\n\n");
        b.append(complete() ? "Every place found was deleted and stayed deleted."
                : "NOT COMPLETE: see the places marked below" + (cancelled ? " (the run was cancelled)" : ""))
                .append("\n\nPlaces (").append(outcomes.size()).append("):\n");
        for (PlaceOutcome p : outcomes) {
            b.append(String.format(Locale.ROOT, "  %-13s %s (%s, %s)%s — %s%n",
                    p.status().name().toLowerCase(Locale.ROOT), p.place().display(), p.place().dialect(),
                    p.place().via(), p.version() == null ? "" : " was " + p.version(), p.detail()));
        }
        if (!plan.review().isEmpty()) {
            b.append("\nFor review (mention the user; not changed):\n");
            plan.review().forEach(h -> b.append("  ").append(h.ref()).append(" at ")
                    .append(String.join(", ", h.paths())).append('\n'));
        }
        b.append("\nSearched:\n");
        plan.searched().forEach(s -> b.append("  ").append(s).append('\n'));
        plan.notes().forEach(n -> b.append("  note: ").append(n).append('\n'));
        return b.append('\n').append(RETENTION).append('\n').toString();
    }
}
