package dev.profilelens.core.erase;

import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.edit.Handover;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.wait.Poll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs a plan behind a typed confirmation (the UserIds, as {@link ErasureRequest#confirmation()} spells them): each
 * place through {@link KeyEraser} (lock first, live owners handed over or waited for, two-step audit), then, after
 * {@link EraseOptions#recheckAfter()}, every deleted place is read again ({@link Recheck}): a key a server wrote
 * again is reported as re-created. Blocking; cancel between places. Returns the report; the caller stores it.
 */
public final class EraseRunner {
    private final ProfileSource source;
    private final @Nullable OrderedSource ordered;
    private final KeyEraser eraser;
    private final Clock clock;
    private final String user;
    private final String connection;
    private final Poll polls;

    public EraseRunner(ProfileSource source, @Nullable OrderedSource ordered, AuditLog audit,
                       @Nullable Handover handover, Clock clock, String user, String connection) {
        this(source, ordered, audit, handover, clock, user, connection, Poll.real());
    }

    public EraseRunner(ProfileSource source, @Nullable OrderedSource ordered, AuditLog audit,
                       @Nullable Handover handover, Clock clock, String user, String connection, Poll polls) {
        this.source = source;
        this.ordered = ordered;
        this.polls = polls;
        this.eraser = new KeyEraser(source, ordered, audit, handover, clock, user, connection, polls);
        this.clock = clock;
        this.user = user;
        this.connection = connection;
    }

    /**
     * Erases every place of {@code plan}. {@code reportName} is the report's file name, quoted in every audit entry's
     * reason so the log leads to the report.
     */
    public EraseReport run(ErasePlan plan, String confirmation, String reason, String reportName,
                           EraseOptions options, Consumer<EraseProgress> progress, BooleanSupplier cancelled) {
        if (!plan.request().confirmation().equals(confirmation == null ? "" : confirmation.strip())) {
            throw new InvalidInputException("Type the UserId" + (plan.request().userIds().size() == 1 ? "" : "s")
                    + " \"" + plan.request().confirmation() + "\" exactly to confirm the erase; nothing was erased",
                    "confirmation");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("Say why (the ticket or request): every delete is recorded in the audit "
                    + "log", "reason");
        }
        if (plan.isEmpty()) {
            throw new InvalidInputException(plan.emptyExplanation(), "USERID");
        }
        if (source.capabilities().readOnly()) {
            throw new RefusedException("The connection " + connection + " is read-only; nothing was erased.");
        }
        String logged = "right to erasure: " + reason.strip() + " [report " + reportName + "]";
        Instant started = clock.instant();
        List<PlaceOutcome> outcomes = new ArrayList<>();
        int total = plan.places().size();
        for (ErasePlace place : plan.places()) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                outcomes.add(new PlaceOutcome(place, PlaceOutcome.Status.NOT_ATTEMPTED, null, null,
                        "cancelled before this place"));
                continue;
            }
            int done = outcomes.size();
            outcomes.add(eraseOne(place, logged, options, cancelled,
                    waiting -> progress.accept(new EraseProgress(done, total, waiting))));
            progress.accept(new EraseProgress(outcomes.size(), total, place.display()));
        }
        boolean wasCancelled = outcomes.stream().anyMatch(o -> o.status() == PlaceOutcome.Status.NOT_ATTEMPTED);
        List<PlaceOutcome> checked = new Recheck(source, ordered, clock, polls).after(outcomes, wasCancelled
                ? Duration.ZERO : options.recheckAfter(), cancelled);
        progress.accept(new EraseProgress(total, total, "re-checked"));
        return new EraseReport(plan, reason.strip(), user, connection, started, clock.instant(), checked,
                wasCancelled);
    }

    private PlaceOutcome eraseOne(ErasePlace place, String reason, EraseOptions options, BooleanSupplier cancelled,
                                  Consumer<String> waiting) {
        try {
            return eraser.erase(place, reason, options.liveTimeout(), options.poll(), cancelled, waiting);
        } catch (InspectorException e) {
            return new PlaceOutcome(place, PlaceOutcome.Status.FAILED, null, null, e.userMessage());
        }
    }
}
