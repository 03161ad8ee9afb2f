package dev.profilelens.core.bulk;

import java.util.Map;

/**
 * Where a batch run stands.
 *
 * @param done       keys handled so far (including keys skipped as already done or not matching)
 * @param total      keys in the set
 * @param perSecond  keys handled per second since the start
 * @param etaSeconds seconds left at that rate (-1 when unknown)
 * @param waiting    live profiles waited for ({@code --live wait})
 */
public record BulkProgress(int done, int total, double perSecond, long etaSeconds, int waiting,
                           Map<KeyPlan.Plan, Integer> counts) {
    public BulkProgress {
        counts = Map.copyOf(counts);
    }

    /** E.g. {@code 1200/5000 keys (24%), 850/s, ETA 0:04 — change 1100 unchanged 90 live 10 invalid 0}. */
    public String describe() {
        StringBuilder b = new StringBuilder().append(done).append('/').append(total).append(" keys (")
                .append(total == 0 ? 100 : done * 100L / total).append("%), ")
                .append(Math.round(perSecond)).append("/s, ETA ")
                .append(etaSeconds < 0 ? "?" : etaSeconds / 60 + ":" + String.format("%02d", etaSeconds % 60))
                .append(" —");
        for (KeyPlan.Plan p : KeyPlan.Plan.values()) {
            b.append(' ').append(p.jsonName()).append(' ').append(counts.getOrDefault(p, 0));
        }
        if (waiting > 0) {
            b.append(" (waiting for ").append(waiting).append(" live)");
        }
        return b.toString();
    }
}
