package dev.profilelens.connectors.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulator over raw HTTP, the way curl or any other client sees it (spec/opencloud.md §2-§4, §7). */
class EmulatorHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENTRY = "/datastore/entries/entry";
    private static final String VERSION_ID = "[0-9A-F]{16}\\.[0-9A-F]{10}\\.[0-9A-F]{16}\\.01";

    private static String[] entry(String key, String... more) {
        List<String> q = new ArrayList<>(List.of("datastoreName", "PlayerData", "entryKey", key));
        q.addAll(List.of(more));
        return q.toArray(String[]::new);
    }

    @Test
    void keysAreCheckedAndScopesEnforcedInTheRealErrorShapes() throws Exception {
        ApiKeyTable keys = ApiKeyTable.of(Map.of("reader", new ApiKeyTable.Grant(Set.of("1"),
                Set.of("universe-datastores.objects:read"))));
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withApiKeys(keys))) {
            Http h = new Http(s, "1");
            HttpResponse<byte[]> none = Http.get(h.v1(ENTRY, entry("k")), null);
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(Http.get(h.v1(ENTRY, entry("k")), "dev-key").statusCode()).as("dev-key off with a key file")
                    .isEqualTo(401);
            assertThat(Http.get(h.v1(ENTRY, entry("k")), "reader").statusCode()).isEqualTo(404);
            HttpResponse<byte[]> write = Http.post(h.v1(ENTRY, entry("k")), "reader", "1".getBytes());
            assertThat(write.statusCode()).isEqualTo(403);
            assertThat(Http.text(write)).contains("INSUFFICIENT_SCOPE");
            HttpResponse<byte[]> list = Http.get(h.v2("/PlayerData/entries"), "reader");
            assertThat(list.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(list.body()).path("code").asText()).isEqualTo("PERMISSION_DENIED");
            assertThat(Http.get(new Http(s, "2").v1(ENTRY, entry("k")), "reader").statusCode())
                    .as("a key for universe 1 only").isEqualTo(403);
        }
    }

    @Test
    void valuesComeBackByteForByteAndStaleMatchVersionIs412() throws Exception {
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withKeepAllVersions(true))) {
            Http h = new Http(s, "7");
            byte[] value = "{\"b\":1.0,\"a\":[],\"n\":\"\u00e9\"}".getBytes(StandardCharsets.UTF_8);
            HttpResponse<byte[]> first = Http.post(h.v1(ENTRY, entry("Player_1")), "dev-key", value,
                    "content-md5", EntryCodec.md5(value), "roblox-entry-userids", "[1]");
            assertThat(first.statusCode()).as(Http.text(first)).isEqualTo(200);
            String v1 = JSON.readTree(first.body()).path("version").asText();
            assertThat(v1).matches(VERSION_ID);
            HttpResponse<byte[]> read = Http.get(h.v1(ENTRY, entry("Player_1")), "dev-key");
            assertThat(read.body()).isEqualTo(value);
            assertThat(read.headers().firstValue("roblox-entry-version")).contains(v1);
            assertThat(read.headers().firstValue("roblox-entry-userids")).contains("[1]");
            assertThat(read.headers().firstValue("content-md5")).contains(EntryCodec.md5(value));

            HttpResponse<byte[]> second = Http.post(h.v1(ENTRY, entry("Player_1", "matchVersion", v1)), "dev-key",
                    "2".getBytes());
            assertThat(second.statusCode()).isEqualTo(200);
            HttpResponse<byte[]> stale = Http.post(h.v1(ENTRY, entry("Player_1", "matchVersion", v1)), "dev-key",
                    "3".getBytes());
            assertThat(stale.statusCode()).isEqualTo(412);
            assertThat(Http.text(stale)).isEqualTo("2");
            HttpResponse<byte[]> badMd5 = Http.post(h.v1(ENTRY, entry("Player_1")), "dev-key", "4".getBytes(),
                    "content-md5", EntryCodec.md5("5".getBytes()));
            assertThat(badMd5.statusCode()).isEqualTo(400);
            assertThat(Http.text(badMd5)).contains("ChecksumMismatch");
            HttpResponse<byte[]> notJson = Http.post(h.v1(ENTRY, entry("Player_1")), "dev-key", "{oops".getBytes());
            assertThat(notJson.statusCode()).isEqualTo(400);
            HttpResponse<byte[]> exists = Http.post(h.v1(ENTRY, entry("Player_1", "exclusiveCreate", "true")),
                    "dev-key", "6".getBytes());
            assertThat(exists.statusCode()).isEqualTo(412);
            assertThat(Http.text(Http.get(h.v1(ENTRY, entry("Player_1")), "dev-key"))).isEqualTo("2");
        }
    }

    @Test
    void aSpentBudgetAnswers429WithRetryAfterAndRateHeaders() throws Exception {
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withBudget(5))) {
            Http h = new Http(s, "1");
            assertThat(Http.post(h.v1(ENTRY, entry("k")), "dev-key", "1".getBytes()).statusCode()).isEqualTo(200);
            List<String> remaining = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                HttpResponse<byte[]> r = Http.get(h.v1(ENTRY, entry("k")), "dev-key");
                assertThat(r.statusCode()).isEqualTo(200);
                remaining.add(r.headers().firstValue("x-ratelimit-remaining").orElseThrow());
            }
            assertThat(remaining).containsExactly("4", "3", "2", "1", "0");
            HttpResponse<byte[]> spent = Http.get(h.v1(ENTRY, entry("k")), "dev-key");
            assertThat(spent.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(spent.headers().firstValue("retry-after").orElseThrow())).isBetween(1L, 60L);
            assertThat(Http.post(h.v1(ENTRY, entry("k")), "dev-key", "1".getBytes()).statusCode())
                    .as("writes have their own budget").isEqualTo(200);
            assertThat(Http.get(new Http(s, "2").v1(ENTRY, entry("k")), "dev-key").statusCode())
                    .as("budgets are per universe").isEqualTo(404);
        }
    }

    @Test
    void injectedFaultsLookLikeTheRealThing() throws Exception {
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withFaults(Faults.parse("lost=1")))) {
            Http h = new Http(s, "1");
            assertThatThrownBy(() -> Http.post(h.v1(ENTRY, entry("k")), "dev-key", "42".getBytes()))
                    .isInstanceOf(IOException.class);
            assertThat(Http.text(Http.get(h.v1(ENTRY, entry("k")), "dev-key"))).as("applied, answer lost")
                    .isEqualTo("42");
        }
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults()
                .withFaults(Faults.parse("429-bare=1")))) {
            HttpResponse<byte[]> r = Http.get(new Http(s, "1").v1(ENTRY, entry("k")), "dev-key");
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.headers().firstValue("retry-after")).isEmpty();
        }
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withFaults(Faults.parse("503=1")))) {
            assertThat(Http.get(new Http(s, "1").v2("/PlayerData/entries/k"), "dev-key").statusCode())
                    .isEqualTo(503);
        }
    }

    @Test
    void shortPagesStillListEveryKeyExactlyOnce() throws Exception {
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withShortPages(true))) {
            Http h = new Http(s, "1");
            for (int i = 0; i < 5; i++) {
                assertThat(Http.post(h.v1(ENTRY, entry("Player_" + i)), "dev-key", "1".getBytes()).statusCode())
                        .isEqualTo(200);
            }
            List<String> seen = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            String cursor = "";
            do {
                String url = h.v1("/datastore/entries", cursor.isEmpty()
                        ? new String[] {"datastoreName", "PlayerData"}
                        : new String[] {"datastoreName", "PlayerData", "cursor", cursor});
                JsonNode page = JSON.readTree(Http.get(url, "dev-key").body());
                page.path("keys").forEach(k -> seen.add(k.path("key").asText()));
                sizes.add(page.path("keys").size());
                cursor = page.path("nextPageCursor").asText();
            } while (!cursor.isEmpty());
            assertThat(sizes.get(0)).as("an empty first page").isZero();
            assertThat(sizes).allMatch(n -> n <= 2);
            assertThat(seen).containsExactlyInAnyOrder("Player_0", "Player_1", "Player_2", "Player_3", "Player_4");
        }
    }

    @Test
    void stateInAFolderSurvivesARestart(@TempDir Path dir) throws Exception {
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withDb(dir))) {
            assertThat(Http.post(new Http(s, "3").v1(ENTRY, entry("k")), "dev-key", "[1,2]".getBytes())
                    .statusCode()).isEqualTo(200);
        }
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withDb(dir))) {
            HttpResponse<byte[]> r = Http.get(new Http(s, "3").v2("/PlayerData/entries/k"), "dev-key");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(r.body()).path("value")).isEqualTo(JSON.readTree("[1,2]"));
            assertThat(s.seedIfEmpty("3", 5, 1)).as("never seeds over data").isFalse();
            assertThat(s.seedIfEmpty("4", 5, 1)).isTrue();
            JsonNode keys = JSON.readTree(Http.get(new Http(s, "4").v1("/datastore/entries",
                    "datastoreName", "PlayerData", "limit", "100"), "dev-key").body());
            assertThat(keys.path("keys").size()).isPositive();
        }
    }

    @Test
    void aBodyTheRouteDoesNotNeedStillLeavesTheConnectionUsable() throws Exception {
        // the snapshot route reads no body; when the body came a moment after the header (two writes, as the JDK
        // client sends them), the connection used to be closed without "connection: close" (a CI failure)
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults())) {
            for (long pause : new long[] {0, 1, 2, 5}) {
                for (int i = 0; i < 5; i++) {
                    List<RawHttp.Answer> two = RawHttp.twoOnOneConnection(s.port(), "POST",
                            "/cloud/v2/universes/" + (300 + i) + "/data-stores:snapshot", "dev-key",
                            "{}".getBytes(StandardCharsets.UTF_8), "/cloud/v2/universes/3/data-stores", pause);
                    assertThat(two.get(0).status()).isEqualTo(200);
                    assertThat(two.get(0).header("connection")).as("kept alive").isEmpty();
                    assertThat(two.get(1).status()).as("the second request on that connection, body %d ms late",
                            pause).isEqualTo(200);
                }
            }
        }
    }
}
