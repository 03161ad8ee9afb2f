package dev.profilelens.connectors.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** v1 standard data stores as {@code datastores-api/v1.json} describes them, over HTTP on loopback. */
class ConformanceV1Test extends Conformance {
    private static EmulatorServer server;

    @BeforeAll
    static void start() {
        server = EmulatorServer.start(EmulatorOptions.defaults().withBudget(100_000).withKeepAllVersions(true));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String v1(String u, String tail, String... query) {
        return server.baseUrl() + "/datastores/v1/universes/" + u + "/standard-datastores" + tail
                + Http.query(query);
    }

    private static String entry(String u, String store, String key, String... more) {
        String[] q = new String[4 + more.length];
        q[0] = "datastoreName";
        q[1] = store;
        q[2] = "entryKey";
        q[3] = key;
        System.arraycopy(more, 0, q, 4, more.length);
        return v1(u, "/datastore/entries/entry", q);
    }

    private static HttpResponse<byte[]> set(String u, String store, String key, String value, String... headers)
            throws Exception {
        return call("POST", entry(u, store, key), KEY, value, headers);
    }

    @Test
    @Cites(file = V1_JSON, part = "Entries_GetEntryAsync: response headers and their example")
    void getEntryAnswersTheValueWithLowerCaseMetadataHeaders() throws Exception {
        String u = freshUniverse();
        byte[] value = "{\"Gold\":6,\"Iron\":57}".getBytes(StandardCharsets.UTF_8);
        assertThat(set(u, "Inventory", "269323", new String(value, StandardCharsets.UTF_8),
                "roblox-entry-userids", "[269323]", "roblox-entry-attributes", "{\"myAttribute\":\"myValue\"}")
                .statusCode()).isEqualTo(200);
        String path = "/datastores/v1/universes/" + u + "/standard-datastores/datastore/entries/entry"
                + Http.query("datastoreName", "Inventory", "entryKey", "269323");
        RawHttp.Answer a = RawHttp.send(server.port(), "GET", path, KEY, new byte[0]);
        assertThat(a.status()).isEqualTo(200);
        assertThat(new String(a.body(), StandardCharsets.UTF_8)).isEqualTo("{\"Gold\":6,\"Iron\":57}");
        assertThat(a.names()).contains("content-md5", "roblox-entry-version", "roblox-entry-created-time",
                "roblox-entry-version-created-time", "roblox-entry-attributes", "roblox-entry-userids");
        assertThat(a.names()).as("application headers in lower case, as the reference writes them")
                .filteredOn(n -> !Set.of("Content-Length", "Connection", "Transfer-Encoding").contains(n))
                .allMatch(n -> n.equals(n.toLowerCase(java.util.Locale.ROOT)));
        assertThat(a.header("content-md5")).hasValue(EntryCodec.md5(value));
        assertThat(a.header("roblox-entry-version").orElseThrow())
                .matches("[0-9A-F]{16}\\.0000000001\\.[0-9A-F]{16}\\.01");
        assertThat(JSON.readTree(a.header("roblox-entry-userids").orElseThrow()).get(0).asLong()).isEqualTo(269323);
        assertThat(JSON.readTree(a.header("roblox-entry-attributes").orElseThrow()).path("myAttribute").asText())
                .isEqualTo("myValue");
    }

    @Test
    @Cites(file = V1_JSON, part = "Entries_GetEntryAsync: last-modified; RFC 9110 HTTP-date")
    void lastModifiedIsAnHttpDate() throws Exception {
        String u = freshUniverse();
        set(u, "S", "k", "1");
        HttpResponse<byte[]> r = call("GET", entry(u, "S", "k"), KEY, null);
        String lm = r.headers().firstValue("last-modified").orElseThrow();
        ZonedDateTime t = ZonedDateTime.parse(lm, DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(lm).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        assertThat(t.toInstant()).isBeforeOrEqualTo(java.time.Instant.now());
    }

    @Test
    @Cites(file = V1_JSON, part = "Entries_SetEntryAsync: EntryVersion answer; Entries_GetEntryAsync headers")
    void theSetAnswerAndTheVersionHeadersShowTheSameTimes() throws Exception {
        String u = freshUniverse();
        JsonNode answer = json(set(u, "S", "k", "{\"a\":1}"));
        HttpResponse<byte[]> got = call("GET", entry(u, "S", "k"), KEY, null);
        assertThat(answer.path("version").asText()).isEqualTo(got.headers().firstValue("roblox-entry-version")
                .orElseThrow());
        assertThat(answer.path("createdTime").asText())
                .isEqualTo(got.headers().firstValue("roblox-entry-version-created-time").orElseThrow());
        assertThat(answer.path("objectCreatedTime").asText())
                .isEqualTo(got.headers().firstValue("roblox-entry-created-time").orElseThrow());
        assertThat(answer.path("contentLength").asInt()).isEqualTo(7);
        assertThat(answer.path("deleted").asBoolean()).isFalse();
    }

    @Test
    @Cites(file = V1_JSON, part = "Entries_SetEntryAsync: x-roblox-scopes (objects:create/update, control:create)")
    void setNeedsControlCreateOnlyForANewStore() throws Exception {
        String u = freshUniverse();
        ApiKeyTable keys = ApiKeyTable.of(Map.of(KEY, new ApiKeyTable.Grant(Set.of("*"), Set.of("*")),
                "writer", new ApiKeyTable.Grant(Set.of("*"), Set.of("universe-datastores.objects:create",
                        "universe-datastores.objects:update"))));
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withApiKeys(keys))) {
            String base = s.baseUrl() + "/datastores/v1/universes/" + u
                    + "/standard-datastores/datastore/entries/entry";
            HttpResponse<byte[]> refused = call("POST", base + Http.query("datastoreName", "Fresh", "entryKey", "k"),
                    "writer", "1");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(json(refused).path("error").asText()).isEqualTo("INSUFFICIENT_SCOPE");
            assertThat(call("POST", base + Http.query("datastoreName", "Existing", "entryKey", "a"), KEY, "1")
                    .statusCode()).isEqualTo(200);
            assertThat(call("POST", base + Http.query("datastoreName", "Existing", "entryKey", "b"), "writer", "2")
                    .statusCode()).as("the store exists").isEqualTo(200);
        }
    }

    @Test
    @Cites(file = V1_JSON, part = "Entries_SetEntryAsync: matchVersion, exclusiveCreate, content-md5")
    void conditionalSetsAndChecksums() throws Exception {
        String u = freshUniverse();
        String v = json(set(u, "S", "k", "1")).path("version").asText();
        assertThat(call("POST", entry(u, "S", "k", "exclusiveCreate", "true"), KEY, "2").statusCode())
                .isEqualTo(412);
        assertThat(call("POST", entry(u, "S", "k", "matchVersion", v), KEY, "3").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> stale = call("POST", entry(u, "S", "k", "matchVersion", v), KEY, "4");
        assertThat(stale.statusCode()).isEqualTo(412);
        HttpResponse<byte[]> bad = call("POST", entry(u, "S", "k"), KEY, "5", "content-md5", EntryCodec.md5(
                "6".getBytes(StandardCharsets.UTF_8)));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("errorDetails").path(0).path("datastoreErrorCode").asText())
                .isEqualTo("ChecksumMismatch");
    }

    @Test
    @Cites(file = V1_JSON, part = "Entries_IncrementEntryAsync: incrementBy (default 1), answer and headers")
    void incrementCreatesAddsAndAnswersTheNewValue() throws Exception {
        String u = freshUniverse();
        String url = v1(u, "/datastore/entries/entry/increment", "datastoreName", "Coins", "entryKey", "269323");
        HttpResponse<byte[]> first = call("POST", url, KEY, null, "roblox-entry-userids", "[269323]");
        assertThat(first.statusCode()).as(text(first)).isEqualTo(200);
        assertThat(text(first)).isEqualTo("1");
        HttpResponse<byte[]> second = call("POST", url + "&incrementBy=41", KEY, null);
        assertThat(text(second)).isEqualTo("42");
        assertThat(second.headers().firstValue("roblox-entry-version").orElseThrow())
                .matches("[0-9A-F]{16}\\.0000000002\\.[0-9A-F]{16}\\.01");
        assertThat(second.headers().firstValue("content-md5")).hasValue(EntryCodec.md5("42".getBytes()));
        assertThat(second.headers().firstValue("roblox-entry-userids").orElseThrow())
                .as("metadata not sent is cleared").isEqualTo("[]");
        set(u, "Coins", "text", "\"abc\"");
        HttpResponse<byte[]> notNumber = call("POST", v1(u, "/datastore/entries/entry/increment",
                "datastoreName", "Coins", "entryKey", "text"), KEY, null);
        assertThat(notNumber.statusCode()).isEqualTo(400);
        assertThat(json(notNumber).path("errorDetails").path(0).path("datastoreErrorCode").asText())
                .isEqualTo("ExistingValueNotNumeric");
        call("DELETE", entry(u, "Coins", "269323"), KEY, null);
        assertThat(call("POST", url, KEY, null).statusCode()).as("204: the key is marked as deleted")
                .isEqualTo(204);
    }

    @Test
    @Cites(file = V1_JSON, part = "Entries_DeleteEntryAsync (204); Entries_ListKeysAsync (tombstones listed); "
            + "Entries_GetEntryAsync (tombstone is 404)")
    void deletedKeysAreStillListedButNotReadable() throws Exception {
        String u = freshUniverse();
        set(u, "S", "gone", "1");
        set(u, "S", "kept", "2");
        assertThat(call("DELETE", entry(u, "S", "gone"), KEY, null).statusCode()).isEqualTo(204);
        assertThat(call("GET", entry(u, "S", "gone"), KEY, null).statusCode()).isEqualTo(404);
        JsonNode keys = json(call("GET", v1(u, "/datastore/entries", "datastoreName", "S"), KEY, null));
        assertThat(keys.path("keys").findValuesAsText("key")).containsExactly("gone", "kept");
        assertThat(keys.path("keys").findValuesAsText("scope")).containsOnly("global");
    }

    @Test
    @Cites(file = V1_JSON, part = "Datastores_ListDatastoresAsync (limit default 1); Entries_ListKeysAsync "
            + "(limit default 16, allScopes)")
    void listDefaultsAndPaging() throws Exception {
        String u = freshUniverse();
        set(u, "Alpha", "k", "1");
        set(u, "Beta", "k", "1");
        JsonNode first = json(call("GET", v1(u, ""), KEY, null));
        assertThat(first.path("datastores")).hasSize(1);
        assertThat(first.path("datastores").get(0).path("name").asText()).isEqualTo("Alpha");
        assertThat(first.path("datastores").get(0).path("createdTime").asText()).isNotEmpty();
        JsonNode second = json(call("GET", v1(u, "", "cursor", first.path("nextPageCursor").asText()), KEY, null));
        assertThat(second.path("datastores").get(0).path("name").asText()).isEqualTo("Beta");
        for (int i = 0; i < 20; i++) {
            set(u, "Many", String.format("k%02d", i), "1");
        }
        call("POST", v1(u, "/datastore/entries/entry", "datastoreName", "Many", "entryKey", "x", "scope", "other"),
                KEY, "1");
        JsonNode page = json(call("GET", v1(u, "/datastore/entries", "datastoreName", "Many"), KEY, null));
        assertThat(page.path("keys")).hasSize(16);
        assertThat(page.path("nextPageCursor").asText()).isNotEmpty();
        JsonNode all = json(call("GET", v1(u, "/datastore/entries", "datastoreName", "Many", "allScopes", "true",
                "limit", "100"), KEY, null));
        assertThat(all.path("keys").findValuesAsText("scope")).contains("global", "other");
        assertThat(call("GET", v1(u, "/datastore/entries", "datastoreName", "Many", "allScopes", "true",
                "scope", "global"), KEY, null).statusCode()).isEqualTo(400);
    }

    @Test
    @Cites(file = V1_JSON, part = "Entries_ListEntryVersionsAsync: 404 \"experience or data store was not found\", "
            + "sortOrder default Ascending")
    void listVersionsOfAnUnknownStoreIs404() throws Exception {
        String u = freshUniverse();
        HttpResponse<byte[]> r = call("GET", v1(u, "/datastore/entries/entry/versions", "datastoreName", "Nope",
                "entryKey", "k"), KEY, null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).path("error").asText()).isEqualTo("NOT_FOUND");
        set(u, "S", "k", "1");
        set(u, "S", "k", "2");
        JsonNode versions = json(call("GET", v1(u, "/datastore/entries/entry/versions", "datastoreName", "S",
                "entryKey", "k"), KEY, null));
        List<String> ids = versions.path("versions").findValuesAsText("version");
        assertThat(ids).hasSize(2);
        assertThat(ids.get(0)).contains(".0000000001.");
        assertThat(ids.get(1)).contains(".0000000002.");
        assertThat(versions.path("versions").get(0).path("objectCreatedTime").asText())
                .isEqualTo(versions.path("versions").get(1).path("objectCreatedTime").asText());
    }

    @Test
    @Cites(file = V1_JSON, part = "Entries_GetEntryVersionAsync: body and headers of one version")
    void getVersionAnswersThatVersion() throws Exception {
        String u = freshUniverse();
        String v = json(set(u, "S", "k", "{\"old\":true}")).path("version").asText();
        set(u, "S", "k", "{\"old\":false}");
        HttpResponse<byte[]> r = call("GET", v1(u, "/datastore/entries/entry/versions/version", "datastoreName", "S",
                "entryKey", "k", "versionId", v), KEY, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(text(r)).isEqualTo("{\"old\":true}");
        assertThat(r.headers().firstValue("roblox-entry-version")).hasValue(v);
    }

    @Test
    @Cites(file = V1_JSON, part = "Entries_GetEntryAsync example: a new entry's first version is 0000000001")
    void versionNumbersCountPerEntryNotPerUniverse() throws Exception {
        String u = freshUniverse();
        for (int i = 0; i < 5; i++) {
            set(u, "S", "busy", Integer.toString(i));
        }
        String fresh = json(set(u, "S", "fresh", "1")).path("version").asText();
        assertThat(fresh).contains(".0000000001.");
    }
}
