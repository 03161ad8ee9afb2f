package dev.profilelens.core.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The words of the request-budget meter and of long tasks' "waiting" labels (issue #17), from a
 * {@link RequestBudget}'s per-category {@link BudgetUse}. Pure text, no I/O: the UI polls it.
 */
public final class BudgetStatus {
    /** Waits shorter than this are the normal pace between requests and are not announced. */
    public static final Duration NOTICEABLE = Duration.ofSeconds(1);

    private BudgetStatus() {
    }

    public static List<BudgetUse> uses(RequestBudget budget) {
        List<BudgetUse> out = new ArrayList<>();
        for (RequestBudget.Category c : RequestBudget.Category.values()) {
            out.add(budget.use(c));
        }
        return out;
    }

    public static String name(RequestBudget.Category c) {
        return switch (c) {
            case V1_READ -> "v1 read";
            case V1_WRITE -> "v1 write";
            default -> c.name().toLowerCase(Locale.ROOT);
        };
    }

    /** One line for the status bar: the categories in use, the 429 count, and a wait when there is one. */
    public static String summary(RequestBudget budget) {
        List<String> parts = new ArrayList<>();
        long throttled = 0;
        for (BudgetUse u : uses(budget)) {
            throttled += u.throttled();
            if (u.used() > 0 || u.category().ordinal() < 2) {
                parts.add(name(u.category()) + " " + u.used() + "/" + u.limit());
            }
        }
        String line = "Budget " + String.join(" · ", parts) + " · 429s " + throttled;
        return waiting(budget).map(w -> line + " · " + w).orElse(line);
    }

    /** Every category with its use, 429s and time to the next free slot (the meter's tooltip). */
    public static String details(RequestBudget budget) {
        StringBuilder b = new StringBuilder("Requests in the last 60 s per category (limit per minute):");
        for (BudgetUse u : uses(budget)) {
            b.append('\n').append(name(u.category())).append(": ").append(u.used()).append('/').append(u.limit())
                    .append(", 429s ").append(u.throttled()).append(", next free slot ")
                    .append(u.nextFree().isZero() ? "now" : "in " + seconds(u.nextFree()));
        }
        return b.toString();
    }

    /** Why a request would wait a noticeable time now, naming the category; empty when nothing does. */
    public static Optional<String> waiting(@Nullable RequestBudget budget) {
        if (budget == null) {
            return Optional.empty();
        }
        BudgetUse worst = null;
        for (BudgetUse u : uses(budget)) {
            if (u.nextFree().compareTo(NOTICEABLE) >= 0 && (worst == null || u.nextFree().compareTo(worst.nextFree())
                    > 0)) {
                worst = u;
            }
        }
        if (worst == null) {
            return Optional.empty();
        }
        String why = switch (worst.reason()) {
            case THROTTLED -> "Roblox answered 429 (too many requests)";
            case FULL -> worst.used() + " of " + worst.limit() + " requests of the last minute spent";
            default -> "pacing to " + worst.limit() + " requests per minute";
        };
        return Optional.of("waiting " + seconds(worst.nextFree()) + " for the " + name(worst.category())
                + " budget: " + why);
    }

    private static String seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000) + " s";
    }

    /** The label of a result cut short by cancel or by a cap: "partial: N of M ...". */
    public static String partial(long done, @Nullable Long total, String what) {
        return "partial result: " + done + (total == null ? "" : " of " + total) + " " + what;
    }
}
