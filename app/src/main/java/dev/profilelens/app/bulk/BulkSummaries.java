package dev.profilelens.app.bulk;

import dev.profilelens.core.bulk.BulkRun;
import dev.profilelens.core.bulk.KeyPlan;

/** The words of a finished dry run or run. */
final class BulkSummaries {
    private BulkSummaries() {
    }

    /** E.g. {@code change 120 · unchanged 3 · live 4 · invalid 1 · delivered 0}. */
    static String counts(BulkRun.Summary s) {
        StringBuilder b = new StringBuilder();
        for (KeyPlan.Plan p : KeyPlan.Plan.values()) {
            b.append(b.isEmpty() ? "" : " · ").append(p.jsonName()).append(' ').append(s.count(p));
        }
        return b.toString();
    }

    static String describe(BulkRun.Summary s) {
        String what = s.cancelled() ? "Cancelled: run batch " + s.batch() + " again to resume"
                : s.dryRun() ? "Dry run done: nothing was written" : "Batch " + s.batch() + " done";
        StringBuilder b = new StringBuilder(what);
        if (s.notMatching() > 0) {
            b.append(" · ").append(s.notMatching()).append(" keys did not match the filters");
        }
        if (s.alreadyDone() > 0 || s.settled() > 0) {
            b.append(" · ").append(s.alreadyDone() + s.settled()).append(" already done by an earlier run");
        }
        if (!s.dryRun() && s.count(KeyPlan.Plan.LIVE) > 0) {
            b.append(" · live profiles left: run the batch again once they are released");
        }
        return b.toString();
    }
}
