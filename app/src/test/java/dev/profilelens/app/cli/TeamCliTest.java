package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.team.TeamConfig;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI with a team database (the real server .ci/postgres.sh starts): init, writes logged with the author's
 * display name, a viewer refused, an unreachable database refusing writes with nothing written, leave.
 */
class TeamCliTest {
    private static CliHarness.Runner cli;
    private static final String VALUE = "{\"Data\":{\"Coins\":5},\"MetaData\":{\"ProfileCreateTime\":1699990000,"
            + "\"SessionLoadCount\":13,\"MetaTags\":[],\"LastUpdate\":1700003000},\"RobloxMetaData\":[],"
            + "\"UserIds\":[42],\"GlobalUpdates\":[3,[]],\"WasCorrupted\":false}";

    @TempDir
    Path tmp;
    private String url;
    private String spec;
    private InMemoryProfileSource source;

    @BeforeEach
    void setUp() {
        url = System.getenv("PROFILELENS_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String why = "PROFILELENS_TEST_PG_URL is not set: eval \"$(bash .ci/postgres.sh)\"";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        cli = CliHarness.in(tmp.resolve("home"));
        spec = "memory:" + UUID.randomUUID();
        source = MemorySources.named(spec.substring("memory:".length()));
        source.write(new WriteRequest(EntryRef.of("PlayerData", "Player_1"), RobloxJson.write(RobloxJson.parse(VALUE)),
                List.of(), "{}", Precondition.none()));
    }

    @AfterEach
    void clearHome() {
    }

    private static CliHarness withStdin(String input, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream((input + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            return cli.run(args);
        } finally {
            System.setIn(before);
        }
    }

    private String put(int coins) throws Exception {
        Path f = Files.createTempFile(tmp, "v", ".json");
        Files.writeString(f, VALUE.replace("\"Coins\":5", "\"Coins\":" + coins));
        return f.toString();
    }

    private int coins() {
        return RobloxJson.parse(source.read(EntryRef.of("PlayerData", "Player_1")).orElseThrow().value())
                .at("/Data/Coins").intValue();
    }

    @Test
    void aTeamSharesOneLogAndTheDatabaseDecidesWhoMayWrite() throws Exception {
        String schema = "cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CliHarness init = withStdin(System.getenv("PROFILELENS_TEAM_PASSWORD"), "team", "init", "--url", url,
                "--schema", schema, "--password-stdin");
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(init.out()).contains("at version 2");

        cli.env().team().save(new TeamConfig(url, "pl_editor", "Ana", schema));
        CliHarness status = cli.run("team", "status");
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(RobloxJson.parse(status.out().strip()).get("role").asText()).isEqualTo("editor");
        CliHarness put = cli.run("put", "PlayerData", "Player_1", put(500), "--reason", "refund 77",
                "--source", spec);
        assertThat(put.exit()).as(put.err()).isZero();
        assertThat(coins()).isEqualTo(500);

        cli.env().team().save(new TeamConfig(url, "pl_viewer", "Val", schema));
        CliHarness log = cli.run("log", "--user", "Ana");
        assertThat(log.exit()).as(log.err()).isZero();
        JsonNode entry = RobloxJson.parse(log.out().lines().findFirst().orElseThrow());
        assertThat(entry.get("displayName").asText()).isEqualTo("Ana");
        assertThat(entry.get("reason").asText()).isEqualTo("refund 77");
        assertThat(entry.get("status").asText()).isEqualTo("done");
        assertThat(entry.get("patch").toString()).contains("/Data/Coins");
        CliHarness refused = cli.run("put", "PlayerData", "Player_1", put(1), "--reason", "x",
                "--source", spec);
        assertThat(refused.exit()).isEqualTo(4);
        assertThat(refused.err()).contains("viewer").contains("nothing was written");
        assertThat(coins()).isEqualTo(500);

        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        cli.env().team().save(new TeamConfig("jdbc:postgresql://127.0.0.1:" + closed + "/profilelens_test",
                "pl_editor", "Ana", schema));
        CliHarness away = cli.run("put", "PlayerData", "Player_1", put(2), "--reason", "x", "--source", spec);
        assertThat(away.exit()).isEqualTo(5);
        assertThat(away.err()).contains("The team log is unreachable; nothing was written");
        assertThat(coins()).isEqualTo(500);

        assertThat(cli.run("team", "leave").exit()).isZero();
        assertThat(cli.run("log").out()).as("alone again: the local log").isBlank();
    }
}
