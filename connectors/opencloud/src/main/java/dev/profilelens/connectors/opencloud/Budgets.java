package dev.profilelens.connectors.opencloud;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request budgets one provider instance hands out: one per universe, base URL and limits, shared by every
 * source that provider opens. The composition root loads each provider once (ADR 0221), so that is one budget
 * per universe in the process, without a global map.
 */
final class Budgets {
    private final Map<String, ClientBudget> byUniverse = new ConcurrentHashMap<>();

    ClientBudget of(String base, String universe, int limit, int v1Limit) {
        return byUniverse.computeIfAbsent(base + "#" + universe + "#" + limit + "#" + v1Limit,
                k -> new ClientBudget(limit, v1Limit, System::currentTimeMillis));
    }
}
