package dev.profilelens.app.cli;

import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSourceProvider;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Test provider: {@code memory:NAME} opens a shared in-memory source, so CLI tests can seed and inspect it. */
public final class MemorySources implements ProfileSourceProvider {
    private static final Map<String, InMemoryProfileSource> SOURCES = new ConcurrentHashMap<>();

    public static InMemoryProfileSource named(String name) {
        return SOURCES.computeIfAbsent(name, n -> new InMemoryProfileSource(Clock.systemUTC()));
    }

    @Override
    public boolean supports(String spec) {
        return spec.startsWith("memory:");
    }

    @Override
    public ProfileSource open(String spec, Map<String, String> options) {
        return named(spec.substring("memory:".length()));
    }
}
