package dev.profilelens.app.shell;

import dev.profilelens.app.cli.CliHarness;
import dev.profilelens.app.env.Environment;
import dev.profilelens.app.env.TestEnvironments;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.lock.LockClassifier;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** A small seeded sandbox file and one PlayerData key per state the UI tests need. */
final class SandboxFixture {
    final Path db;
    final Map<String, String> keyByState = new HashMap<>();
    final Map<String, LockState> lockByKey = new HashMap<>();
    final java.util.List<String> freeKeys = new java.util.ArrayList<>();
    final java.util.List<String> activeKeys = new java.util.ArrayList<>();

    final Environment env;

    SandboxFixture(Path dir) {
        env = TestEnvironments.in(dir.resolve("home"));
        db = dir.resolve("ui.db");
        CliHarness r = CliHarness.in(env).run("sandbox", "--db", db.toString(), "--profiles", "200", "--seed", "7");
        if (r.exit() != 0) {
            throw new IllegalStateException(r.err());
        }
        LockClassifier locks = new LockClassifier(Clock.systemUTC());
        try (SqliteProfileSource s = SqliteProfileSource.open(db)) {
            String cursor = null;
            do {
                Page<EntryRef> page = s.listKeys("PlayerData", "global", "", cursor, 100);
                for (EntryRef ref : page.items()) {
                    ProfileReading reading = ProfileCodec.read(s.read(ref).orElseThrow().value());
                    String state = reading.kind() == Kind.PROFILE
                            ? locks.classify(reading).status().name().toLowerCase(java.util.Locale.ROOT)
                            : reading.kind().name().toLowerCase(java.util.Locale.ROOT);
                    if (reading.kind() == Kind.PROFILE && "active".equals(state)
                            && locks.classify(reading).ageSeconds() == null) {
                        continue;
                    }
                    keyByState.putIfAbsent(state, ref.key());
                    if ("free".equals(state)) {
                        freeKeys.add(ref.key());
                    } else if ("active".equals(state)) {
                        activeKeys.add(ref.key());
                    }
                    lockByKey.put(ref.key(), locks.classify(reading));
                }
                cursor = page.nextCursor();
            } while (cursor != null);
        }
    }

    String spec() {
        return "sqlite:" + db;
    }

    /** A writable connection to the same file, for tests that write through the window. */
    dev.profilelens.app.connection.Connection writable() {
        return new dev.profilelens.app.connection.Connection("Sandbox (writable)", spec(), "#1f8a4c",
                dev.profilelens.app.connection.SafetyLevel.FREE, false);
    }

    /** Writes {@code value} as a new version of {@code key} in PlayerData, as a game server would meanwhile. */
    void overwrite(String key, com.fasterxml.jackson.databind.JsonNode value) {
        try (SqliteProfileSource s = SqliteProfileSource.open(db)) {
            s.write(new dev.profilelens.core.store.WriteRequest(EntryRef.of("PlayerData", key),
                    dev.profilelens.core.codec.RobloxJson.writeString(value).getBytes(
                            java.nio.charset.StandardCharsets.UTF_8), java.util.List.of(), "{}",
                    dev.profilelens.core.store.Precondition.none()));
        }
    }

    /** The value stored now under {@code key} in PlayerData. */
    com.fasterxml.jackson.databind.JsonNode stored(String key) {
        try (SqliteProfileSource s = SqliteProfileSource.open(db)) {
            return dev.profilelens.core.codec.RobloxJson.parse(s.read(EntryRef.of("PlayerData", key)).orElseThrow()
                    .value());
        }
    }
}
