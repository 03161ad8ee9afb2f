package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.connectors.sqlite.SqliteProfileSourceProvider;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sandbox --servers N --speed X}: simulated servers play on the seeded file and release on stop. */
class SandboxServersCommandTest {
    private static final Pattern LOADED =
            Pattern.compile("(\\S+) {2}LOADED {2}(PlayerData(?:_v2)?)/(\\S+) {2}#(\\d+)");
    private static final Pattern STOPPED = Pattern.compile("(\\S+) {2}SERVER_STOPPED");

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
        Set<String> stopped = new HashSet<>();
        Matcher s = STOPPED.matcher(r.out());
        while (s.find()) {
            stopped.add(s.group(1));
        }
        Map<EntryRef, String[]> lastLoad = new LinkedHashMap<>();
        Matcher m = LOADED.matcher(r.out());
        while (m.find()) {
            lastLoad.put(EntryRef.of(m.group(2), m.group(3)), new String[] {m.group(1), m.group(4)});
        }
        assertThat(lastLoad).as(r.out()).isNotEmpty();
        int checked = 0;
        try (ProfileSource source = new SqliteProfileSourceProvider().open("sqlite:" + db, Map.of())) {
            for (Map.Entry<EntryRef, String[]> e : lastLoad.entrySet()) {
                JsonNode v = RobloxJson.parse(source.read(e.getKey()).orElseThrow().value());
                assertThat(v.at("/MetaData/SessionLoadCount").asLong())
                        .isGreaterThanOrEqualTo(Long.parseLong(e.getValue()[1]));
                assertThat(v.at("/MetaData/LastUpdate").asLong()).isGreaterThanOrEqualTo(start);
                if (stopped.contains(e.getValue()[0])) {
                    checked++;
                    assertThat(v.at("/MetaData/ActiveSession").isMissingNode())
                            .as("%s last loaded by a server that stopped cleanly: released", e.getKey()).isTrue();
                }
            }
        }
        assertThat(checked).isPositive();
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
