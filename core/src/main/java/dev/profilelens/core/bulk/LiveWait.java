package dev.profilelens.core.bulk;

import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.wait.Poll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * {@code --live wait}: after the pass, the profiles that were live are tried again every poll interval until each is
 * released (then written like any other key), the wait times out (they stay live: run the batch again) or the run
 * is cancelled.
 */
final class LiveWait {
    private final BulkEdit bulk;
    private final BulkOptions options;
    private final Poll polls;

    LiveWait(BulkEdit bulk, BulkOptions options, Poll polls) {
        this.bulk = bulk;
        this.options = options;
        this.polls = polls;
    }

    void await(List<EntryRef> live, Function<EntryRef, List<Intent>> intents, @Nullable ValueFilter where,
               BulkRun.Pass pass, BooleanSupplier cancelled) {
        List<EntryRef> waiting = new ArrayList<>(live);
        String reason = BulkEdit.reason(options.reason(), options.batch());
        polls.untilAfterPause(options.waitTimeout(), options.waitPoll(), cancelled, () -> {
            for (int i = waiting.size() - 1; i >= 0 && !cancelled.getAsBoolean(); i--) {
                EntryRef ref = waiting.get(i);
                KeyPlan p = bulk.apply(ref, intents.apply(ref), reason, false, where);
                if (p == null || p.plan() != KeyPlan.Plan.LIVE) {
                    waiting.remove(i);
                    pass.waiting = waiting.size();
                    if (p == null) {
                        pass.notMatching++; // the server changed it while it held the profile
                    } else {
                        pass.finish(p);
                    }
                }
            }
            pass.heartbeat();
            return waiting.isEmpty() ? Optional.of(Boolean.TRUE) : Optional.empty();
        });
        for (EntryRef ref : waiting) {
            pass.finish(new KeyPlan(ref, KeyPlan.Plan.LIVE, RobloxJson.nodes().arrayNode(),
                    false, cancelled.getAsBoolean() ? "still live when the run was cancelled; run the batch again"
                    : "still live after waiting " + options.waitTimeout().toSeconds() + " s; run the batch again"));
        }
        pass.waiting = 0;
    }
}
