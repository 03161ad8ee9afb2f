package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilelens.core.error.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fake API keys and what they may do. File format ({@code --api-keys FILE}):
 * {@code {"keys":[{"key":"abc","universes":["1","*"],"scopes":["universe-datastores.objects:read", "..."]}]}};
 * a scope {@code *} grants everything.
 */
public final class ApiKeyTable {
    public static final String DEV_KEY = "dev-key";

    /** One key's grants. */
    public record Grant(Set<String> universes, Set<String> scopes) {
        boolean allows(String universe, String scope) {
            return (universes.contains("*") || universes.contains(universe))
                    && (scopes.contains("*") || scopes.contains(scope));
        }
    }

    private final Map<String, Grant> keys;

    private ApiKeyTable(Map<String, Grant> keys) {
        this.keys = Map.copyOf(keys);
    }

    public static ApiKeyTable devKey() {
        return new ApiKeyTable(Map.of(DEV_KEY, new Grant(Set.of("*"), Set.of("*"))));
    }

    public static ApiKeyTable of(Map<String, Grant> keys) {
        return new ApiKeyTable(keys);
    }

    public static ApiKeyTable load(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            Map<String, Grant> out = new HashMap<>();
            for (JsonNode k : root.path("keys")) {
                Set<String> universes = new HashSet<>();
                k.path("universes").forEach(u -> universes.add(u.asText()));
                Set<String> scopes = new HashSet<>();
                k.path("scopes").forEach(s -> scopes.add(s.asText()));
                out.put(k.path("key").asText(), new Grant(universes.isEmpty() ? Set.of("*") : universes, scopes));
            }
            if (out.isEmpty()) {
                throw new InvalidInputException(file + " defines no keys (expected {\"keys\":[{\"key\":...}]})");
            }
            return new ApiKeyTable(out);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the API key file " + file + ": " + e.getMessage());
        }
    }

    public Optional<Grant> grant(String key) {
        return Optional.ofNullable(keys.get(key));
    }

    public boolean isDevOnly() {
        return keys.size() == 1 && keys.containsKey(DEV_KEY);
    }
}
