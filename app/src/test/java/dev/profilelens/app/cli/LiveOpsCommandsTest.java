package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** edit, put (what it keeps, --expect-version, older copies), store forms of global-update/message, handover. */
class LiveOpsCommandsTest {
    private static CliHarness.Runner cli;
    private static final EntryRef X = EntryRef.of("PlayerData", "Player_X");
    private static final String GIFT = "[1,1,false,{\"Type\":\"Gift\",\"Item\":\"Coins\",\"Amount\":50}]";

    @TempDir
    Path tmp;
    private String name;
    private InMemoryProfileSource source;

    @BeforeEach
    void home() {
        cli = CliHarness.in(tmp.resolve("home"));
        name = UUID.randomUUID().toString();
        source = MemorySources.named(name);
    }

    @AfterEach
    void clearHome() {
    }

    private static ObjectNode profile(long coins, long lastUpdate, String lock, String mailbox) {
        return (ObjectNode) RobloxJson.parse("{\"Data\":{\"Coins\":" + coins + ",\"Name\":\"x\",\"Inventory\":"
                + "[{\"Id\":\"a\"},{\"Id\":\"a\"}]},\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":4,"
                + lock + "\"MetaTags\":{},\"LastUpdate\":" + lastUpdate + "},\"GlobalUpdates\":" + mailbox
                + ",\"UserIds\":[9]}");
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private String seed(JsonNode v) {
        return source.write(new WriteRequest(X, RobloxJson.write(v), List.of(9L), "{}", Precondition.none()))
                .version();
    }

    private JsonNode stored() {
        return RobloxJson.parse(source.read(X).orElseThrow().value());
    }

    private String version() {
        return source.read(X).orElseThrow().version();
    }

    private void serverSavesCoins(long coins) {
        RacingSources.beforeNextWrite(name, () -> {
            ObjectNode v = (ObjectNode) stored();
            ((ObjectNode) v.get("Data")).put("Coins", coins);
            seed(v);
        });
    }

    private String file(JsonNode v) throws IOException {
        Path f = Files.createTempFile(tmp, "v", ".json");
        Files.writeString(f, v.toString());
        return f.toString();
    }

    @Test
    void editAddsToWhatTheServerSavedMeanwhile() {
        seed(profile(153608, now() - 10, "", "[0,[]]"));
        serverSavesCoins(156144);
        CliHarness r = cli.run("edit", "PlayerData", "Player_X", "--add", "/Data/Coins=500", "--append",
                "/Data/Inventory={\"Id\":\"c\",\"Item\":\"Royal Crown\"}", "--reason", "ticket 1",
                "--source", "racing:" + name);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode out = RobloxJson.parse(r.out());
        assertThat(out.get("written").asText()).isEqualTo(version());
        assertThat(out.get("reapplied").asInt()).isEqualTo(1);
        assertThat(out.at("/before/~1Data~1Coins").asLong()).isEqualTo(156144);
        assertThat(stored().at("/Data/Coins").asLong()).isEqualTo(156644);
        assertThat(stored().at("/Data/Inventory/2/Item").asText()).isEqualTo("Royal Crown");
    }

    @Test
    void editRefusesBadIntentsLiveProfilesAndWritesNothingOnADryRun() {
        String v = seed(profile(10, now() - 10, "", "[0,[]]"));
        String src = "memory:" + name;
        CliHarness typeChanged = cli.run("edit", "PlayerData", "Player_X", "--add", "/Data/Name=5",
                "--reason", "x", "--source", src);
        assertThat(typeChanged.exit()).isEqualTo(3);
        assertThat(typeChanged.err()).contains("add +5 at /Data/Name").contains("not a number");
        assertThat(RobloxJson.parse(typeChanged.out()).at("/conflicts/0/reason").asText()).isEqualTo("type_changed");
        CliHarness twice = cli.run("edit", "PlayerData", "Player_X", "--remove-item", "/Data/Inventory",
                "--match", "Id=\"a\"", "--reason", "x", "--source", src);
        assertThat(twice.exit()).isEqualTo(3);
        assertThat(twice.err()).contains("2 elements match");
        assertThat(cli.run("edit", "PlayerData", "Player_X", "--add", "/Data/Coins=abc", "--reason", "x",
                "--source", src).exit()).isEqualTo(2);
        assertThat(cli.run("edit", "PlayerData", "Player_X", "--remove-item", "/Data/Inventory",
                "--reason", "x", "--source", src).err()).contains("needs a --match");
        CliHarness dry = cli.run("edit", "PlayerData", "Player_X", "--add", "/Data/Coins=5", "--dry-run",
                "--reason", "x", "--source", src);
        assertThat(dry.exit()).isZero();
        assertThat(RobloxJson.parse(dry.out()).at("/after/~1Data~1Coins").asLong()).isEqualTo(15);
        assertThat(version()).as("nothing written").isEqualTo(v);

        String live = seed(profile(10, now() - 10, "\"ActiveSession\":[1818,\"job-1\"],", "[0,[]]"));
        CliHarness refused = cli.run("edit", "PlayerData", "Player_X", "--add", "/Data/Coins=5",
                "--reason", "x", "--source", src);
        assertThat(refused.exit()).isEqualTo(4);
        assertThat(version()).isEqualTo(live);
    }

    @Test
    void editDeliversToALiveProfileThroughTheTemplateAndRefusesWhatItCannotExpress() throws IOException {
        String v = seed(profile(10, now() - 10, "\"ActiveSession\":[1818,\"job-1\"],", "[0,[]]"));
        String src = "memory:" + name;
        CliHarness noRule = cli.run("edit", "PlayerData", "Player_X", "--set", "/Data/Name=\"y\"",
                "--reason", "x", "--deliver", "sandbox", "--source", src);
        assertThat(noRule.exit()).isEqualTo(2);
        assertThat(noRule.err()).contains("no rule for set");
        Path scalar = tmp.resolve("t.json");
        Files.writeString(scalar, "{\"rules\":[{\"intent\":\"add\",\"path\":\"/Data/Coins\",\"update\":"
                + "{\"Amount\":\"$delta\"}},{\"intent\":\"set\",\"path\":\"/Data/Name\",\"update\":[\"$value\"]}]}");
        assertThat(cli.run("edit", "PlayerData", "Player_X", "--set", "/Data/Name=null", "--reason", "x",
                "--deliver", scalar.toString(), "--source", src).exit()).isEqualTo(2);
        assertThat(version()).isEqualTo(v);

        CliHarness sent = cli.run("edit", "PlayerData", "Player_X", "--add", "/Data/Coins=500", "--reason",
                "ticket 1", "--deliver", "sandbox", "--timeout", "0", "--source", src);
        assertThat(sent.exit()).as(sent.err()).isZero();
        assertThat(RobloxJson.parse(sent.out()).at("/delivered/taken").asBoolean()).isFalse();
        assertThat(stored().at("/GlobalUpdates/1/0/3").toString())
                .isEqualTo("{\"Type\":\"Gift\",\"Item\":\"Coins\",\"Amount\":500}");
        assertThat(stored().at("/Data/Coins").asLong()).as("Data is the game's to change").isEqualTo(10);
    }

    @Test
    void putKeepsTheLockAndTheMailboxItDoesNotOwn() throws IOException {
        JsonNode read = profile(10, 100, "", "[0,[]]");
        seed(profile(10, 100, "", "[1,[" + GIFT + "]]"));
        ObjectNode mine = read.deepCopy();
        ((ObjectNode) mine.get("Data")).put("Coins", 99);
        ((ObjectNode) mine.get("MetaData")).putArray("ActiveSession").add(1).add("planted");
        mine.set("GlobalUpdates", RobloxJson.parse("[1,[[\"a\"]]]"));
        CliHarness r = cli.run("put", "PlayerData", "Player_X", file(mine), "--reason", "x",
                "--source", "memory:" + name);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("kept as stored").contains("/GlobalUpdates");
        assertThat(stored().at("/Data/Coins").asLong()).isEqualTo(99);
        assertThat(stored().at("/MetaData/ActiveSession").isMissingNode()).as("no lock planted").isTrue();
        assertThat(stored().get("GlobalUpdates").toString()).as("the gift queued since is kept")
                .isEqualTo("[1,[" + GIFT + "]]");
    }

    @Test
    void putWithAnExpectedVersionRefusesWhenAServerSavedBetweenReadAndWrite() throws IOException {
        String v = seed(profile(10, 100, "", "[0,[]]"));
        serverSavesCoins(777);
        CliHarness r = cli.run("put", "PlayerData", "Player_X", file(profile(99, 100, "", "[0,[]]")),
                "--expect-version", v, "--reason", "x", "--source", "racing:" + name);
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(stored().at("/Data/Coins").asLong()).isEqualTo(777);
    }

    @Test
    void putOfAnOlderCopyListsWhatItWouldRevertAndNeedsForce() throws IOException {
        seed(profile(2000, 500, "", "[0,[]]"));
        String older = file(profile(1000, 400, "", "[0,[]]"));
        CliHarness r = cli.run("put", "PlayerData", "Player_X", older, "--reason", "x",
                "--source", "memory:" + name);
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("older than the stored value").contains("/Data/Coins: 2000 → set 1000")
                .contains("--force");
        assertThat(stored().at("/Data/Coins").asLong()).isEqualTo(2000);
        CliHarness forced = cli.run("put", "PlayerData", "Player_X", older, "--reason", "x", "--force",
                "--source", "memory:" + name);
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(stored().at("/Data/Coins").asLong()).isEqualTo(1000);
    }

    @Test
    void storeFormsOfGlobalUpdateAndMessageWriteBesideALiveSession() {
        seed(profile(10, now() - 5, "\"ActiveSession\":[1818,\"job-1\"],", "[0,[]]"));
        CliHarness r = cli.run("global-update", "add", "PlayerData", "Player_X", "--data",
                "{\"Type\":\"Gift\",\"Amount\":5}", "--reason", "gift", "--source", "memory:" + name);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(RobloxJson.parse(r.out()).get("written").asText()).isEqualTo(version());
        assertThat(stored().at("/GlobalUpdates/1/0/3/Amount").asInt()).isEqualTo(5);
        assertThat(cli.run("global-update", "add", "PlayerData", "Player_X", "--data", "{}",
                "--source", "memory:" + name).err()).contains("--reason is required");
        CliHarness m = cli.run("message", "PlayerData_v2", "7", "--data", "{\"Hi\":1}", "--reason", "m",
                "--source", "memory:" + name);
        assertThat(m.exit()).as(m.err()).isZero();
        JsonNode msg = RobloxJson.parse(source.read(EntryRef.of("PlayerData_v2", "7")).orElseThrow().value());
        assertThat(msg.at("/GlobalUpdates/1/0/1/Hi").asInt()).isEqualTo(1);
    }

    @Test
    void handoverOfAnUnresponsiveOwnerTimesOutAndWithdrawsItsRequest() {
        String src = "memory:" + name;
        seed(profile(10, now() - 5, "\"ActiveSession\":[1818,\"job-1\"],", "[0,[]]"));
        assertThat(cli.run("handover", "PlayerData", "Player_X", "--reason", "x", "--confirm", "Player_Y",
                "--source", src).exit()).isEqualTo(2);
        CliHarness r = cli.run("handover", "PlayerData", "Player_X", "--reason", "x", "--confirm",
                "Player_X", "--timeout", "1", "--source", src);
        assertThat(r.exit()).isEqualTo(5);
        assertThat(r.out().lines().map(l -> RobloxJson.parse(l).get("step").asText()).toList())
                .containsExactly("requested", "withdrawn");
        assertThat(stored().at("/MetaData/ForceLoadSession").isMissingNode()).isTrue();
        assertThat(stored().at("/MetaData/ActiveSession/1").asText()).as("never a steal").isEqualTo("job-1");
        assertThat(r.err()).contains("did not release Player_X within 1 s").doesNotContain("overdue");

        // an owner whose autosave is long overdue: the message says so and how the lock can be cleared later
        seed(profile(10, now() - 600, "\"ActiveSession\":[1818,\"job-1\"],", "[0,[]]"));
        CliHarness silent = cli.run("handover", "PlayerData", "Player_X", "--reason", "x", "--confirm",
                "Player_X", "--timeout", "1", "--source", src);
        assertThat(silent.exit()).isEqualTo(5);
        assertThat(silent.err()).containsPattern("its next save was due at \\S+ \\(5\\d\\d s overdue\\)")
                .contains("the server may have stopped").contains("'profilelens unlock' clears it");

        seed(profile(10, now() - 5, "", "[0,[]]"));
        CliHarness free = cli.run("handover", "PlayerData", "Player_X", "--reason", "x", "--confirm",
                "Player_X", "--source", src);
        assertThat(free.exit()).isZero();
        assertThat(free.out()).contains("\"step\":\"released\"");
    }
}
