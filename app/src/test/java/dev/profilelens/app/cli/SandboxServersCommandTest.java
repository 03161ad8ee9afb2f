package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.connectors.sqlite.SqliteProfileSourceProvider;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sandbox --servers N --speed X}: simulated servers play on the seeded file and release on stop. */
class SandboxServersCommandTest {
    private static final Pattern LOADED = Pattern.compile("LOADED {2}(PlayerData(?:_v2)?)/(\\S+) {2}#(\\d+)");

    @TempDir
    Path tmp;

    @Test
    void serversPlayOnTheSandboxPrintEventsAndReleaseTheirLocksWhenStopped() {
        Path db = tmp.resolve("sandbox.db");
        long start = Instant.now().getEpochSecond();
        CliHarness r = CliHarness.run("sandbox", "--db", db.toString(), "--profiles", "200", "--servers", "2",
                "--speed", "600", "--duration", "3");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("SERVER_STARTED", "SAVED", "SERVER_STOPPED");
        assertThat(r.err()).contains("2 servers playing").contains("servers stopped: {");
        Matcher m = LOADED.matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        try (ProfileSource source = new SqliteProfileSourceProvider().open("sqlite:" + db, Map.of())) {
            JsonNode v = RobloxJson.parse(source.read(EntryRef.of(m.group(1), m.group(2))).orElseThrow().value());
            assertThat(v.at("/MetaData/SessionLoadCount").asLong()).isGreaterThanOrEqualTo(Long.parseLong(m.group(3)));
            assertThat(v.at("/MetaData/LastUpdate").asLong()).isGreaterThanOrEqualTo(start);
            assertThat(v.at("/MetaData/ActiveSession").isMissingNode()).as("released at stop").isTrue();
        }
    }

    @Test
    void badServerOptionsAreRefusedBeforeAnythingIsWritten() {
        Path db = tmp.resolve("never.db");
        CliHarness r = CliHarness.run("sandbox", "--db", db.toString(), "--servers", "2", "--speed", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--speed");
        assertThat(db).doesNotExist();
    }
}
