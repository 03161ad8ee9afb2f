package dev.profilelens.core.edit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An edit applied through a hand-over (ADR 0092), for the CLI's {@code edit --handover} and the editor's Hand over:
 * ask the owner to release, wait (cancellable; withdrawn on timeout or cancel), then save the intents through the save
 * use case. When a server loads the profile again before the write, it asks again while time is left.
 */
public final class HandoverEdit {
    private final Handover handover;
    private final SaveUseCase useCase;

    public HandoverEdit(Handover handover, SaveUseCase useCase) {
        this.handover = handover;
        this.useCase = useCase;
    }

    /**
     * What happened.
     *
     * @param steps  every step seen, in order
     * @param result the save's outcome; null when the owner did not release in time or the user cancelled
     */
    public record Outcome(List<Handover.Step> steps, @Nullable SaveResult result) {
        public Outcome {
            steps = List.copyOf(steps);
        }
    }

    /**
     * Runs the hand-over. {@code onRequest} receives each request made (with when the owner's next save is due, for a
     * countdown), {@code onStep} each step.
     */
    public Outcome run(EditRequest request, Duration timeout, Duration poll, BooleanSupplier cancelled,
                       Consumer<Handover.Request> onRequest, Consumer<Handover.Step> onStep) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Handover.Step> steps = new ArrayList<>();
        Consumer<Handover.Step> record = s -> {
            steps.add(s);
            onStep.accept(s);
        };
        SaveResult result = null;
        while (System.nanoTime() < deadline && !cancelled.getAsBoolean()) {
            Handover.Request r = handover.request(request.ref(), request.reason());
            onRequest.accept(r);
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            Handover.Step step = handover.await(r, left, poll, cancelled, request.reason(), record);
            if (step == Handover.Step.WITHDRAWN) {
                return new Outcome(steps, null);
            }
            result = useCase.save(request);
            if (!(result instanceof SaveResult.Refused rf && rf.reason() == SaveResult.Refused.Reason.LIVE_SESSION)) {
                return new Outcome(steps, result);
            }
        }
        return new Outcome(steps, result instanceof SaveResult.Refused ? null : result);
    }
}
