package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.connectors.sqlite.SqliteOrderedSource;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ds2.Ds2Places;
import dev.profilelens.core.ds2.Ds2Reader;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code get ds2:MASTER/USERID} and {@code versions ds2:…} on SQLite, and the request count over the emulator. */
class Ds2CommandTest {
    @TempDir
    Path tmp;

    private static void save(ProfileSource s, OrderedSource o, String store, long n, String json, boolean indexed) {
        s.write(new WriteRequest(new EntryRef(store, "global", Long.toString(n)),
                json.getBytes(StandardCharsets.UTF_8), List.of(12345L), "{}", Precondition.none()));
        if (indexed) {
            o.create(OrderedStoreRef.of(store), Long.toString(n), n);
        }
    }

    private String seeded(boolean unindexed) {
        Path file = tmp.resolve("ds2.db");
        try (SqliteProfileSource s = SqliteProfileSource.open(file);
             SqliteOrderedSource o = new SqliteOrderedSource(file, false)) {
            for (int n = 1; n <= 30; n++) {
                save(s, o, "DATA/12345", n, "{\"coins\":" + n * 10 + ",\"items\":[1,6,8]}", true);
            }
            if (unindexed) {
                save(s, o, "DATA/12345", 31, "{\"coins\":999,\"items\":[1]}", false);
            }
        }
        return "sqlite:" + file;
    }

    @Test
    void getPrintsTheLatestCombinedValue() {
        String source = seeded(false);
        CliHarness r = CliHarness.run("get", "ds2:DATA/12345", "--source", source);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().trim()).isEqualTo("{\"coins\":300,\"items\":[1,6,8]}");
        assertThat(r.err()).contains("ordered-backups").contains("backup 30");
        CliHarness info = CliHarness.run("get", "DATA", "ds2:DATA/12345", "--with-info", "--source", source);
        JsonNode env = RobloxJson.parse(info.out());
        assertThat(env.get("dialect").asText()).isEqualTo("datastore2");
        assertThat(env.get("sections").toString()).isEqualTo("[\"coins\",\"items\"]");
        assertThat(env.get("readOnly").asBoolean()).isFalse();
    }

    @Test
    void unindexedNewestSaveIsAWarningWithBothValues() {
        String source = seeded(true);
        CliHarness r = CliHarness.run("get", "ds2:DATA/12345", "--source", source);
        assertThat(r.exit()).isZero();
        assertThat(r.out().trim()).isEqualTo("{\"coins\":300,\"items\":[1,6,8]}");
        assertThat(r.err()).contains("not indexed").contains("{\"coins\":999,\"items\":[1]}");
        JsonNode env = RobloxJson.parse(CliHarness.run("get", "ds2:DATA/12345", "--with-info", "--source",
                source).out());
        assertThat(env.get("unindexed").get("backup").asLong()).isEqualTo(31);
        assertThat(env.get("readOnly").asBoolean()).isTrue();
    }

    @Test
    void versionsListsBackupsNewestFirstWithSaveTimes() {
        String source = seeded(false);
        CliHarness r = CliHarness.run("versions", "ds2:DATA/12345", "--limit", "3", "--source", source);
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> lines = r.out().lines().map(RobloxJson::parse).toList();
        assertThat(lines).extracting(l -> l.get("backup").asLong()).containsExactly(30L, 29L, 28L);
        assertThat(lines.get(0).get("saved").asText()).isNotEmpty();
        CliHarness bad = CliHarness.run("get", "ds2:DATA", "--source", source);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("ds2:MASTER/USERID");
        CliHarness none = CliHarness.run("get", "ds2:DATA/1", "--source", source);
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("No DataStore2 data");
    }

    @Test
    void latestOverOpenCloudIsOneOrderedListAndOneGet() {
        try (EmulatorServer emu = EmulatorServer.start(EmulatorOptions.defaults().withBudget(100_000))) {
            String spec = "opencloud:5@" + emu.baseUrl();
            try (ProfileSource s = TestProviders.installed().openSource(spec, Map.of());
                 OrderedSource o = TestProviders.installed().openOrdered(spec, Map.of())) {
                for (int n = 1; n <= 12; n++) {
                    save(s, o, "DATA/12345", n, "{\"coins\":" + n + "}", true);
                }
                long before = emu.stats().admitted();
                Ds2Reader.Backup b = new Ds2Reader(s, o).latestBackup(Ds2Places.of(new Ds2Address("DATA", 12345),
                        "global")).orElseThrow();
                assertThat(b.n()).isEqualTo(12);
                assertThat(new String(b.entry().value(), StandardCharsets.UTF_8)).isEqualTo("{\"coins\":12}");
                assertThat(emu.stats().admitted() - before).as("requests for the latest value").isEqualTo(2);
            }
            CliHarness r = CliHarness.run("get", "ds2:DATA/12345", "--source", spec, "--layout", "ordered-backups");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out().trim()).isEqualTo("{\"coins\":12}");
        }
    }
}
