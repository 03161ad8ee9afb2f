package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.MirroredMetadata;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** put / unlock / log through the save pipeline, on an in-memory source, with the audit log in a temp home. */
class WriteCommandsTest {
    private static CliHarness.Runner cli;
    private static final String RELEASED = "{\"Data\":{\"Coins\":5},\"MetaData\":{\"ProfileCreateTime\":1699990000,"
            + "\"SessionLoadCount\":13,\"MetaTags\":[],\"LastUpdate\":1700003000},\"RobloxMetaData\":[],"
            + "\"UserIds\":[42],\"GlobalUpdates\":[3,[]],\"WasCorrupted\":false}";

    @TempDir
    Path tmp;
    private String spec;
    private InMemoryProfileSource source;

    @BeforeEach
    void home() {
        cli = CliHarness.in(tmp.resolve("home"));
        spec = "memory:" + UUID.randomUUID();
        source = MemorySources.named(spec.substring("memory:".length()));
    }

    @AfterEach
    void clearHome() {
    }

    /** Seeds the key as the libraries leave it: its UserIds and attributes as the value mirrors them. */
    private String seed(String key, String json) {
        JsonNode value = RobloxJson.parse(json);
        return source.write(new WriteRequest(EntryRef.of("PlayerData", key), RobloxJson.write(value),
                MirroredMetadata.userIds(value), MirroredMetadata.attributes(value), Precondition.none())).version();
    }

    private JsonNode stored(String key) {
        return RobloxJson.parse(source.read(EntryRef.of("PlayerData", key)).orElseThrow().value());
    }

    private String withCoins(int coins, long lastUpdate, boolean locked) throws IOException {
        ObjectNode v = (ObjectNode) RobloxJson.parse(RELEASED);
        ((ObjectNode) v.get("Data")).put("Coins", coins);
        ObjectNode meta = (ObjectNode) v.get("MetaData");
        meta.put("LastUpdate", lastUpdate);
        if (locked) {
            meta.putArray("ActiveSession").add(1818).add("job-1");
        }
        Path f = Files.createTempFile(tmp, "v", ".json");
        Files.writeString(f, RobloxJson.writeString(v));
        return f.toString();
    }

    @Test
    void putOnAReleasedProfileWritesAndLogsTheChange() throws IOException {
        seed("Player_1", RELEASED);
        CliHarness r = cli.run("put", "PlayerData", "Player_1", withCoins(500, 1700003000, false),
                "--reason", "refund ticket 77", "--source", spec);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(stored("Player_1").at("/Data/Coins").intValue()).isEqualTo(500);
        assertThat(source.read(EntryRef.of("PlayerData", "Player_1")).orElseThrow().userIds()).containsExactly(42L);

        CliHarness log = cli.run("log", "--key", "Player_1");
        assertThat(log.exit()).isZero();
        JsonNode entry = RobloxJson.parse(log.out().lines().findFirst().orElseThrow());
        assertThat(entry.get("reason").asText()).isEqualTo("refund ticket 77");
        assertThat(entry.get("action").asText()).isEqualTo("save");
        assertThat(entry.get("patch").toString()).contains("/Data/Coins").contains("500");
    }

    @Test
    void putOnAProfileALiveServerOwnsIsRefusedWithExit4AndNothingWritten() throws IOException {
        long now = System.currentTimeMillis() / 1000;
        String before = RobloxJson.writeString(RobloxJson.parse(RELEASED).deepCopy());
        ObjectNode live = (ObjectNode) RobloxJson.parse(before);
        ((ObjectNode) live.get("MetaData")).put("LastUpdate", now - 5);
        ((ObjectNode) live.get("MetaData")).putArray("ActiveSession").add(1818).add("job-1");
        String version = seed("Player_2", live.toString());
        CliHarness r = cli.run("put", "PlayerData", "Player_2", withCoins(1, now, true),
                "--reason", "test", "--source", spec);
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err()).contains("live game server").contains("1818");
        assertThat(source.read(EntryRef.of("PlayerData", "Player_2")).orElseThrow().version()).isEqualTo(version);
        assertThat(cli.run("log", "--key", "Player_2").out()).isBlank();
    }

    @Test
    void putWithAStaleExpectedVersionIsExit3() throws IOException {
        String v1 = seed("Player_3", RELEASED);
        seed("Player_3", RELEASED.replace("\"Coins\":5", "\"Coins\":6"));
        CliHarness r = cli.run("put", "PlayerData", "Player_3", withCoins(9, 1700003000, false),
                "--reason", "x", "--expect-version", v1, "--source", spec);
        assertThat(r.exit()).isEqualTo(3);
        assertThat(stored("Player_3").at("/Data/Coins").intValue()).isEqualTo(6);
    }

    @Test
    void putOfAnInvalidValueIsExit2NamingThePath() throws IOException {
        seed("Player_4", RELEASED);
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, RELEASED.replace("\"Coins\":5", "\"Coins\":NaN"));
        CliHarness r = cli.run("put", "PlayerData", "Player_4", bad.toString(), "--reason", "x",
                "--source", spec);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("/Data/Coins");
        assertThat(stored("Player_4").at("/Data/Coins").intValue()).isEqualTo(5);
    }

    @Test
    void unlockClearsOnlyAStaleLockAfterTheKeyIsTypedAgain() throws IOException {
        String staleValue = RobloxJson.writeString(RobloxJson.parse(Files.readString(Path.of(withCoins(5, 1700003000,
                true)))));
        seed("Player_5", staleValue);
        CliHarness wrongKey = cli.run("unlock", "PlayerData", "Player_5", "--reason", "crashed server",
                "--confirm", "Player_6", "--source", spec);
        assertThat(wrongKey.exit()).isEqualTo(4);
        assertThat(stored("Player_5").at("/MetaData/ActiveSession").isArray()).isTrue();

        CliHarness ok = cli.run("unlock", "PlayerData", "Player_5", "--reason", "crashed server",
                "--confirm", "Player_5", "--source", spec);
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(stored("Player_5").at("/MetaData").has("ActiveSession")).isFalse();
        assertThat(stored("Player_5").at("/Data/Coins").intValue()).isEqualTo(5);
        assertThat(cli.run("log", "--key", "Player_5").out()).contains("clear-stale-lock");
    }

    @Test
    void unlockRefusesAFreshLockWithExit4() throws IOException {
        long now = System.currentTimeMillis() / 1000;
        seed("Player_7", Files.readString(Path.of(withCoins(5, now - 10, true))));
        CliHarness r = cli.run("unlock", "PlayerData", "Player_7", "--reason", "x", "--confirm", "Player_7",
                "--source", spec);
        assertThat(r.exit()).isEqualTo(4);
        assertThat(stored("Player_7").at("/MetaData/ActiveSession").isArray()).isTrue();
    }

    @Test
    void logRejectsAnUnreadableSince() {
        CliHarness r = cli.run("log", "--since", "yesterday-ish");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--since");
    }
}
