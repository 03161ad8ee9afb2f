package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** audit against a real seeded SQLite sandbox: counts equal a direct count over the source. */
class AuditCommandTest {
    private static CliHarness.Runner cli;
    private static final String DV = "/MetaData/MetaTags/DataVersion";
    @TempDir
    static Path tmp;
    private static String source;

    @BeforeAll
    static void seed() {
        cli = CliHarness.in(tmp.resolve("home"));
        Path db = tmp.resolve("sandbox.db");
        CliHarness r = cli.run("sandbox", "--db", db.toString(), "--profiles", "400", "--seed", "11");
        assertThat(r.exit()).as(r.err()).isZero();
        source = "sqlite:" + db;
    }

    @AfterAll
    static void clearHome() {
    }

    /** DataVersion text → profiles, read key by key through the source. */
    private static Map<String, Long> directCounts(String prefix) {
        Map<String, Long> counts = new HashMap<>();
        try (ProfileSource s = TestProviders.installed().openSource(source, Map.of())) {
            String cursor = null;
            do {
                Page<EntryRef> page = s.listKeys("PlayerData", "global", prefix, cursor, 100);
                for (EntryRef ref : page.items()) {
                    String v;
                    try {
                        JsonNode n = RobloxJson.parse(s.read(ref).orElseThrow().value()).at(DV);
                        v = n.isMissingNode() ? "missing" : n.toString();
                    } catch (RuntimeException notJson) {
                        v = "missing";
                    }
                    counts.merge(v, 1L, Long::sum);
                }
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        return counts;
    }

    private static Map<String, Long> groups(JsonNode report, String path) {
        Map<String, Long> out = new HashMap<>();
        for (JsonNode g : report.get("groups").get(path)) {
            out.put(g.has("missing") ? "missing" : g.get("value").toString(), g.get("count").asLong());
        }
        return out;
    }

    @Test
    void groupCountsEqualADirectCountAndCsvListsTheMatches() throws Exception {
        Path csv = tmp.resolve("v1.csv");
        CliHarness r = cli.run("audit", "PlayerData", "--source", source, "--path", DV,
                "--index", tmp.resolve("a.db").toString(), "--csv", csv.toString(), "--where", DV + "=1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("indexed ").contains("scanning ");
        JsonNode report = RobloxJson.parse(r.out().strip());
        Map<String, Long> direct = directCounts("");
        assertThat(report.get("profiles").asLong()).isEqualTo(direct.values().stream().mapToLong(x -> x).sum());
        assertThat(report.get("matching").asLong()).isEqualTo(direct.get("1")).isPositive();
        assertThat(groups(report, DV)).containsOnly(Map.entry("1", direct.get("1")));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize((int) (direct.get("1") + 1));
        assertThat(lines.get(0)).isEqualTo("scope,key,version,kind," + DV);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.startsWith("global,") && l.endsWith(",1"));
    }

    @Test
    void defaultIndexesEveryMetaTagAndCachedReusesIt() {
        String idx = tmp.resolve("b.db").toString();
        CliHarness r = cli.run("audit", "PlayerData", "--source", source, "--index", idx);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = RobloxJson.parse(r.out().strip());
        assertThat(report.get("groups").has(DV)).isTrue();
        assertThat(report.get("groups").size()).isGreaterThan(1);
        assertThat(groups(report, DV)).isEqualTo(directCounts(""));
        CliHarness again = cli.run("audit", "PlayerData", "--source", source, "--index", idx, "--cached",
                "--group-by", DV);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("indexed");
        assertThat(groups(RobloxJson.parse(again.out().strip()), DV)).isEqualTo(directCounts(""));
    }

    @Test
    void badFiltersAndMissingCachedIndexesAreUsageErrors() {
        CliHarness bad = cli.run("audit", "PlayerData", "--source", source, "--where", "Data.Coins=1");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("JSON Pointer");
        CliHarness cached = cli.run("audit", "PlayerData", "--source", source, "--cached", "--index",
                tmp.resolve("none.db").toString());
        assertThat(cached.exit()).isEqualTo(2);
        assertThat(cached.err()).contains("--cached");
    }
}
