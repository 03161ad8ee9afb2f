package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.JsonDiff;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreCommandTest {
    private static CliHarness.Runner cli;
    private static final String V1 = "{\"Data\":{\"Coins\":100,\"Pet\":{\"Level\":3}},\"MetaData\":{"
            + "\"ProfileCreateTime\":1699990000,\"SessionLoadCount\":4,\"MetaTags\":{\"DataVersion\":1},"
            + "\"LastUpdate\":1700000000},\"RobloxMetaData\":[],\"UserIds\":[42],\"GlobalUpdates\":[1,[]],"
            + "\"WasCorrupted\":false}";
    private static final String V2 = "{\"Data\":{\"Coins\":5,\"Pet\":{\"Level\":9},\"Quest\":2},\"MetaData\":{"
            + "\"ProfileCreateTime\":1699990000,\"SessionLoadCount\":9,\"MetaTags\":{\"DataVersion\":2},"
            + "\"LastUpdate\":1700090000},\"RobloxMetaData\":[],\"UserIds\":[42],"
            + "\"GlobalUpdates\":[3,[[3,1,false,{\"Gift\":1}]]],\"WasCorrupted\":false}";

    @TempDir
    Path tmp;
    private String spec;
    private InMemoryProfileSource source;
    private final EntryRef ref = EntryRef.of("PlayerData", "Player_1");

    @BeforeEach
    void home() {
        cli = CliHarness.in(tmp.resolve("home"));
        spec = "memory:" + UUID.randomUUID();
        source = MemorySources.named(spec.substring("memory:".length()));
    }

    @AfterEach
    void clearHome() {
    }

    private String put(String json) {
        return source.write(new WriteRequest(ref, RobloxJson.write(RobloxJson.parse(json)), List.of(42L), "{}",
                Precondition.none())).version();
    }

    private JsonNode stored() {
        return RobloxJson.parse(source.read(ref).orElseThrow().value());
    }

    @Test
    void fieldLevelRestoreChangesOnlyTheChosenPath() {
        String v1 = put(V1);
        put(V2);
        JsonNode before = stored();
        CliHarness r = cli.run("restore", "PlayerData", "Player_1", "--source", spec, "--version", v1,
                "--path", "/Data/Coins", "--reason", "refund");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("restored: Player_1 from version " + v1);
        assertThat(JsonDiff.changedPaths(before, stored())).containsExactly("/Data/Coins");
        assertThat(stored().at("/Data/Coins").asInt()).isEqualTo(100);
    }

    @Test
    void wholeRestoreKeepsSessionFieldsAndCanDropTheMailbox() {
        String v1 = put(V1);
        put(V2);
        CliHarness r = cli.run("restore", "PlayerData", "Player_1", "--source", spec, "--version", v1,
                "--reason", "rollback", "--drop-global-updates");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode now = stored();
        assertThat(now.get("Data")).isEqualTo(RobloxJson.parse(V1).get("Data"));
        assertThat(now.at("/MetaData/SessionLoadCount").asInt()).isEqualTo(9);
        assertThat(now.at("/MetaData/MetaTags/DataVersion").asInt()).isEqualTo(1);
        assertThat(now.get("GlobalUpdates").toString()).isEqualTo("[3,[]]");
    }

    @Test
    void aLiveOwnerRefusesTheRestoreAndNothingIsWritten() {
        String v1 = put(V1);
        String locked = V2.replace("\"LastUpdate\":1700090000", "\"LastUpdate\":" + System.currentTimeMillis() / 1000
                + ",\"ActiveSession\":[1818,\"job-1\"]");
        String current = put(locked);
        CliHarness r = cli.run("restore", "PlayerData", "Player_1", "--source", spec, "--version", v1,
                "--path", "/Data/Coins", "--reason", "refund");
        assertThat(r.exit()).isEqualTo(4);
        assertThat(source.read(ref).orElseThrow().version()).isEqualTo(current);
    }

    @Test
    void anUnknownVersionOrAForbiddenPathIsExit2() {
        put(V1);
        CliHarness unknown = cli.run("restore", "PlayerData", "Player_1", "--source", spec, "--version",
                "nope", "--reason", "x");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no readable version nope");
        String v = source.read(ref).orElseThrow().version();
        CliHarness mailbox = cli.run("restore", "PlayerData", "Player_1", "--source", spec, "--version", v,
                "--path", "/GlobalUpdates", "--reason", "x");
        assertThat(mailbox.exit()).isEqualTo(2);
        assertThat(mailbox.err()).contains("mailbox");
    }
}
