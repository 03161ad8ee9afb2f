package dev.profilelens.app.cli;

import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSourceProvider;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test provider: {@code racing:NAME} is the in-memory source {@code memory:NAME}, where a registered "game server
 * save" runs once just before the command's first write, i.e. between its read and its conditional write.
 */
public final class RacingSources implements ProfileSourceProvider {
    private static final Map<String, Runnable> SERVER_SAVES = new ConcurrentHashMap<>();

    /** Runs {@code save} (once) before the next write through {@code racing:NAME}. */
    public static void beforeNextWrite(String name, Runnable save) {
        SERVER_SAVES.put(name, save);
    }

    @Override
    public boolean supports(String spec) {
        return spec.startsWith("racing:");
    }

    @Override
    public ProfileSource open(String spec, Map<String, String> options) {
        String name = spec.substring("racing:".length());
        return new ForwardingProfileSource(MemorySources.named(name)) {
            @Override
            public WriteResult write(WriteRequest request) {
                Runnable save = SERVER_SAVES.remove(name);
                if (save != null) {
                    save.run();
                }
                return super.write(request);
            }

            @Override
            public void close() {
                // shared with the test
            }
        };
    }
}
