package dev.profilelens.connectors.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** What every request passes before it is served: the API key, its scope, the budget and injected faults. */
final class Gate {
    private final ApiKeyTable keys;
    private final Budgets budgets;
    private final Faults faults;
    private final AtomicLong admitted = new AtomicLong();
    private final AtomicLong overBudget = new AtomicLong();
    private final AtomicLong injected = new AtomicLong();

    Gate(ApiKeyTable keys, Budgets budgets, Faults faults) {
        this.keys = keys;
        this.budgets = budgets;
        this.faults = faults;
    }

    /**
     * Checks a request; returns the fault to act out after serving ({@link Faults.Kind#LOST} or NONE) and the
     * rate-limit headers to send. Throws {@link ApiError} for 401/403/429/5xx. A null category is Get Entry
     * Version's own per-API-key limit.
     */
    Map<String, String> admit(Exchange ex, String universe, String scope, Budgets.@Nullable Category category,
                              boolean v2, boolean write, Faults.Kind[] outcome) {
        checkScope(ex, universe, scope, v2);
        Faults.Kind fault = faults.draw(write);
        if (fault == Faults.Kind.THROTTLE || fault == Faults.Kind.THROTTLE_BARE) {
            injected.incrementAndGet();
            throw throttled(v2, fault == Faults.Kind.THROTTLE ? 1 : -1, budgets.perMinute(), 0);
        }
        if (fault == Faults.Kind.ERROR_500) {
            throw v2 ? ApiError.v2(500, "INTERNAL", "Internal error.")
                    : ApiError.v1(500, "INTERNAL", "Unknown", "Internal error.");
        }
        if (fault == Faults.Kind.ERROR_503) {
            throw v2 ? ApiError.v2(503, "UNAVAILABLE", "Service unavailable.")
                    : ApiError.v1(503, "UNAVAILABLE", "Unknown", "Service unavailable.");
        }
        if (fault == Faults.Kind.SLOW) {
            try {
                Thread.sleep(faults.slowMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Budgets.Verdict v = category == null ? budgets.takeVersionRead(ex.header("x-api-key"))
                : budgets.take(universe, category);
        if (!v.allowed()) {
            overBudget.incrementAndGet();
            throw throttled(v2, v.retryAfterSeconds(), v.limit(), 0);
        }
        outcome[0] = fault;
        admitted.incrementAndGet();
        return rateHeaders(v.limit(), v.remaining());
    }

    /** 401 without a known key, 403 when the key lacks {@code scope} on the universe. */
    void checkScope(Exchange ex, String universe, String scope, boolean v2) {
        String key = ex.header("x-api-key");
        if (key == null || key.isBlank()) {
            throw ApiError.gateway(401, "Invalid API Key");
        }
        ApiKeyTable.Grant grant = keys.grant(key).orElseThrow(() -> ApiError.gateway(401, "Invalid API Key"));
        if (!grant.allows(universe, scope)) {
            throw v2 ? ApiError.v2(403, "PERMISSION_DENIED", "The API key does not have sufficient scope ("
                    + scope + ") to perform this operation.")
                    : ApiError.v1(403, "INSUFFICIENT_SCOPE", "Forbidden",
                    "The api key does not have sufficient scope to perform this operation.");
        }
    }

    static ApiError throttled(boolean v2, long retryAfter, int limit, int remaining) {
        ApiError e = v2 ? ApiError.v2(429, "RESOURCE_EXHAUSTED", "Too many requests.")
                : ApiError.v1(429, "RESOURCE_EXHAUSTED", "TooManyRequests", "Too many requests.");
        Map<String, String> h = rateHeaders(limit, remaining);
        if (retryAfter > 0) {
            h.put("retry-after", Long.toString(retryAfter));
        }
        return e.withHeaders(h);
    }

    static Map<String, String> rateHeaders(int limit, int remaining) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("x-ratelimit-limit", limit + ", " + limit + ";w=60");
        h.put("x-ratelimit-remaining", Integer.toString(remaining));
        h.put("x-ratelimit-reset", "60");
        return h;
    }

    /** A key's byte budget is spent (spec §4.3): counted with the budget refusals. */
    ApiError keyThrottled(boolean v2) {
        overBudget.incrementAndGet();
        admitted.decrementAndGet();
        return throttled(v2, 60, budgets.perMinute(), 0);
    }

    EmulatorStats stats() {
        return new EmulatorStats(admitted.get(), overBudget.get(), injected.get());
    }

    Budgets budgets() {
        return budgets;
    }
}
