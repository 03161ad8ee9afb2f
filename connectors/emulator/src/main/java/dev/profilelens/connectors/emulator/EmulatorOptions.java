package dev.profilelens.connectors.emulator;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How to run the emulator.
 *
 * @param port            0 picks a free port
 * @param db              folder for the universes' SQLite files; null keeps state in a temporary folder
 * @param apiKeys         the key table; {@link ApiKeyTable#devKey()} accepts {@code dev-key} with every scope
 * @param budgetPerMinute requests per minute per universe and category (Roblox's floor is 300)
 * @param keepAllVersions keep every version instead of Roblox's hourly rule
 * @param shortPages      serve at most 2 items per page, and an empty page first (to exercise client paging)
 */
public record EmulatorOptions(int port, @Nullable Path db, ApiKeyTable apiKeys, Faults faults, int budgetPerMinute,
                              boolean keepAllVersions, boolean shortPages) {

    public static EmulatorOptions defaults() {
        return new EmulatorOptions(0, null, ApiKeyTable.devKey(), Faults.none(), 300, false, false);
    }

    public EmulatorOptions withBudget(int perMinute) {
        return new EmulatorOptions(port, db, apiKeys, faults, perMinute, keepAllVersions, shortPages);
    }

    public EmulatorOptions withFaults(Faults f) {
        return new EmulatorOptions(port, db, apiKeys, f, budgetPerMinute, keepAllVersions, shortPages);
    }

    public EmulatorOptions withKeepAllVersions(boolean keep) {
        return new EmulatorOptions(port, db, apiKeys, faults, budgetPerMinute, keep, shortPages);
    }

    public EmulatorOptions withShortPages(boolean shortPages) {
        return new EmulatorOptions(port, db, apiKeys, faults, budgetPerMinute, keepAllVersions, shortPages);
    }

    public EmulatorOptions withPort(int p) {
        return new EmulatorOptions(p, db, apiKeys, faults, budgetPerMinute, keepAllVersions, shortPages);
    }

    public EmulatorOptions withDb(@Nullable Path folder) {
        return new EmulatorOptions(port, folder, apiKeys, faults, budgetPerMinute, keepAllVersions, shortPages);
    }

    public EmulatorOptions withApiKeys(ApiKeyTable keys) {
        return new EmulatorOptions(port, db, keys, faults, budgetPerMinute, keepAllVersions, shortPages);
    }
}
