package dev.profilelens.app.connection;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API keys entered in the connection dialog, held in memory for this session only and never written to disk
 * or shown again; without one, the Open Cloud connector falls back to {@code PROFILELENS_API_KEY}.
 */
public final class ApiKeys {
    private final Map<String, String> bySpec = new ConcurrentHashMap<>();

    public void put(String spec, String key) {
        bySpec.put(spec, key);
    }

    public Optional<String> get(String spec) {
        return Optional.ofNullable(bySpec.get(spec));
    }
}
