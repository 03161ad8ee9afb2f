package dev.profilelens.connectors.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** v2 data stores as {@code openapi.json} and {@code cloud/reference/patterns.md} describe them. */
class ConformanceV2Test extends Conformance {
    private static EmulatorServer server;

    @BeforeAll
    static void start() {
        server = EmulatorServer.start(EmulatorOptions.defaults().withBudget(100_000));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String v2(String u, String tail) {
        return server.baseUrl() + "/cloud/v2/universes/" + u + "/data-stores" + tail;
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode create(String u, String store, String key, String body) throws Exception {
        HttpResponse<byte[]> r = call("POST", v2(u, "/" + store + "/scopes/global/entries?id=" + q(key)), KEY, body);
        assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
        return json(r);
    }

    @Test
    @Cites(file = OPENAPI, part = "Cloud_CreateDataStoreEntry, Cloud_GetDataStoreEntry, Cloud_UpdateDataStoreEntry "
            + "(etag), DataStoreEntry schema")
    void entryLifecycleWithEtags() throws Exception {
        String u = freshUniverse();
        JsonNode made = create(u, "Inventory", "users:1", "{\"value\":{\"Iron\":50},\"users\":[\"users/1\"],"
                + "\"attributes\":{\"a\":1}}");
        assertThat(made.path("path").asText()).isEqualTo("universes/" + u + "/data-stores/Inventory/scopes/global/"
                + "entries/users:1");
        assertThat(made.path("etag").asText()).isEqualTo(made.path("revisionId").asText());
        assertThat(made.path("users").get(0).asText()).isEqualTo("users/1");
        assertThat(call("POST", v2(u, "/Inventory/scopes/global/entries?id=users:1"), KEY, "{\"value\":1}")
                .statusCode()).as("create of an existing key").isEqualTo(400);
        String entry = v2(u, "/Inventory/scopes/global/entries/users:1");
        HttpResponse<byte[]> stale = call("PATCH", entry, KEY, "{\"value\":2,\"etag\":\"08D9E6A3F2188CFF.0000000009."
                + "08D9E6A3F2188CFF.01\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).path("code").asText()).isEqualTo("ABORTED");
        JsonNode updated = json(call("PATCH", entry, KEY, "{\"value\":3,\"etag\":\"" + made.path("etag").asText()
                + "\"}"));
        assertThat(updated.path("value").asInt()).isEqualTo(3);
        assertThat(updated.path("users")).as("omitted users are cleared").isEmpty();
        JsonNode latest = json(call("GET", entry + "@latest", KEY, null));
        assertThat(latest.path("revisionId").asText()).isEqualTo(updated.path("revisionId").asText());
        assertThat(call("PATCH", v2(u, "/Inventory/scopes/global/entries/missing"), KEY, "{\"value\":1}")
                .statusCode()).isEqualTo(404);
        assertThat(call("PATCH", v2(u, "/Inventory/scopes/global/entries/missing?allowMissing=true"), KEY,
                "{\"value\":1}").statusCode()).isEqualTo(200);
    }

    @Test
    @Cites(file = OPENAPI, part = "Cloud_GetDataStoreEntry: @latest:<time> at most ten minutes in the future")
    void readAtATimeFarAheadIsRefused() throws Exception {
        String u = freshUniverse();
        create(u, "S", "k", "{\"value\":1}");
        String base = v2(u, "/S/scopes/global/entries/k@latest:");
        assertThat(call("GET", base + Instant.now().plus(Duration.ofMinutes(5)), KEY, null).statusCode())
                .isEqualTo(200);
        HttpResponse<byte[]> ahead = call("GET", base + Instant.now().plus(Duration.ofMinutes(11)), KEY, null);
        assertThat(ahead.statusCode()).isEqualTo(400);
        assertThat(json(ahead).path("code").asText()).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    @Cites(file = OPENAPI, part = "Cloud_IncrementDataStoreEntry: IncrementDataStoreEntryRequest, scopes "
            + "objects:create + objects:update")
    void incrementAddsIntegersAndNeedsBothScopes() throws Exception {
        String u = freshUniverse();
        String url = v2(u, "/Coins/scopes/global/entries/269323:increment");
        JsonNode first = json(call("POST", url, KEY, "{\"amount\":5,\"users\":[\"users/269323\"]}"));
        assertThat(first.path("value").asLong()).isEqualTo(5);
        assertThat(first.path("users").get(0).asText()).isEqualTo("users/269323");
        JsonNode second = json(call("POST", url, KEY, "{\"amount\":-2}"));
        assertThat(second.path("value").asLong()).isEqualTo(3);
        assertThat(second.path("users")).as("users not sent are cleared").isEmpty();
        assertThat(call("POST", url, KEY, "{\"amount\":1.5}").statusCode()).isEqualTo(400);
        ApiKeyTable keys = ApiKeyTable.of(Map.of("updater", new ApiKeyTable.Grant(Set.of("*"),
                Set.of("universe-datastores.objects:update"))));
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withApiKeys(keys))) {
            HttpResponse<byte[]> r = call("POST", s.baseUrl() + "/cloud/v2/universes/" + u
                    + "/data-stores/Coins/scopes/global/entries/k:increment", "updater", "{\"amount\":1}");
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(json(r).path("code").asText()).isEqualTo("PERMISSION_DENIED");
        }
    }

    @Test
    @Cites(file = OPENAPI, part = "Cloud_ListDataStoreEntries: showDeleted, maxPageSize default 10 / max 256, "
            + "filter id.startsWith")
    void listEntriesShowsTombstonesOnlyOnRequest() throws Exception {
        String u = freshUniverse();
        for (int i = 0; i < 12; i++) {
            create(u, "S", String.format("k%02d", i), "{\"value\":" + i + "}");
        }
        create(u, "S", "a\"quote", "{\"value\":1}");
        assertThat(call("DELETE", v2(u, "/S/scopes/global/entries/k00"), KEY, null).statusCode()).isEqualTo(200);
        JsonNode page = json(call("GET", v2(u, "/S/scopes/global/entries"), KEY, null));
        assertThat(page.path("dataStoreEntries")).hasSize(10);
        JsonNode live = json(call("GET", v2(u, "/S/scopes/global/entries?maxPageSize=1000&filter="
                + q("id.startsWith(\"k\")")), KEY, null));
        assertThat(live.path("dataStoreEntries").findValuesAsText("id")).hasSize(11).doesNotContain("k00");
        JsonNode all = json(call("GET", v2(u, "/S/scopes/global/entries?maxPageSize=1000&showDeleted=true&filter="
                + q("id.startsWith(\"k\")")), KEY, null));
        assertThat(all.path("dataStoreEntries").findValuesAsText("id")).hasSize(12).contains("k00");
        JsonNode quoted = json(call("GET", v2(u, "/S/scopes/global/entries?filter="
                + q("id.startsWith(\"a\\\"\")")), KEY, null));
        assertThat(quoted.path("dataStoreEntries").findValuesAsText("id")).containsExactly("a\"quote");
    }

    @Test
    @Cites(file = PATTERNS, part = "Pagination: other parameters must match the call that produced the token (400)")
    void aPageTokenSentWithOtherParametersIs400() throws Exception {
        String u = freshUniverse();
        for (int i = 0; i < 5; i++) {
            create(u, "S", "k" + i, "{\"value\":1}");
        }
        JsonNode first = json(call("GET", v2(u, "/S/scopes/global/entries?maxPageSize=2"), KEY, null));
        String token = first.path("nextPageToken").asText();
        assertThat(call("GET", v2(u, "/S/scopes/global/entries?maxPageSize=2&pageToken=" + q(token)), KEY, null)
                .statusCode()).isEqualTo(200);
        HttpResponse<byte[]> changed = call("GET", v2(u, "/S/scopes/global/entries?maxPageSize=3&pageToken="
                + q(token)), KEY, null);
        assertThat(changed.statusCode()).isEqualTo(400);
        assertThat(json(changed).path("code").asText()).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    @Cites(file = OPENAPI, part = "Cloud_ListDataStoreEntryRevisions: revisions carry createTime, "
            + "revisionCreateTime, revisionId, etag, state; path and id with @revision")
    void revisionsCarryTheEntryCreateTime() throws Exception {
        String u = freshUniverse();
        JsonNode made = create(u, "S", "k", "{\"value\":1}");
        call("PATCH", v2(u, "/S/scopes/global/entries/k"), KEY, "{\"value\":2}");
        JsonNode list = json(call("GET", v2(u, "/S/scopes/global/entries/k:listRevisions"), KEY, null));
        assertThat(list.path("dataStoreEntries").size()).isGreaterThanOrEqualTo(1);
        for (JsonNode r : list.path("dataStoreEntries")) {
            assertThat(r.path("createTime").asText()).isEqualTo(made.path("createTime").asText());
            assertThat(r.path("id").asText()).isEqualTo("k@" + r.path("revisionId").asText());
            assertThat(r.path("path").asText()).endsWith("/entries/k@" + r.path("revisionId").asText());
            assertThat(r.path("state").asText()).isEqualTo("ACTIVE");
        }
    }

    @Test
    @Cites(file = OPENAPI, part = "Cloud_DeleteDataStore, Cloud_UndeleteDataStore, Cloud_ListDataStores "
            + "(showDeleted), DataStore schema (state, expireTime)")
    void storesCanBeDeletedAndRestored() throws Exception {
        String u = freshUniverse();
        create(u, "Doomed", "k", "{\"value\":1}");
        create(u, "Other", "k", "{\"value\":1}");
        HttpResponse<byte[]> del = call("DELETE", v2(u, "/Doomed"), KEY, null);
        assertThat(del.statusCode()).isEqualTo(200);
        JsonNode ds = json(del);
        assertThat(ds.path("state").asText()).isEqualTo("DELETED");
        Instant expire = Instant.parse(ds.path("expireTime").asText());
        assertThat(expire).isBetween(Instant.now().plus(Duration.ofDays(29)), Instant.now().plus(Duration.ofDays(31)));
        assertThat(call("GET", v2(u, "/Doomed/scopes/global/entries/k"), KEY, null).statusCode())
                .as("entries are inaccessible at once").isEqualTo(404);
        assertThat(json(call("GET", v2(u, ""), KEY, null)).path("dataStores").findValuesAsText("id"))
                .containsExactly("Other");
        JsonNode shown = json(call("GET", v2(u, "?showDeleted=true"), KEY, null));
        assertThat(shown.path("dataStores").findValuesAsText("id")).containsExactly("Doomed", "Other");
        assertThat(shown.path("dataStores").get(0).path("state").asText()).isEqualTo("DELETED");
        JsonNode restored = json(call("POST", v2(u, "/Doomed:undelete"), KEY, "{}"));
        assertThat(restored.path("state").asText()).isEqualTo("ACTIVE");
        assertThat(restored.has("expireTime")).isFalse();
        assertThat(call("GET", v2(u, "/Doomed/scopes/global/entries/k"), KEY, null).statusCode()).isEqualTo(200);
    }

    @Test
    @Cites(file = OPENAPI, part = "Cloud_SnapshotDataStores: once per UTC day; the next write of every key keeps "
            + "the previous data as a version")
    void aSnapshotMakesTheNextWriteKeepAVersion() throws Exception {
        String u = freshUniverse();
        create(u, "S", "k", "{\"value\":1}");
        call("PATCH", v2(u, "/S/scopes/global/entries/k"), KEY, "{\"value\":2}");
        int before = json(call("GET", v2(u, "/S/scopes/global/entries/k:listRevisions"), KEY, null))
                .path("dataStoreEntries").size();
        JsonNode snap = json(call("POST", v2(u, ":snapshot"), KEY, "{}"));
        assertThat(snap.path("newSnapshotTaken").asBoolean()).isTrue();
        JsonNode again = json(call("POST", v2(u, ":snapshot"), KEY, "{}"));
        assertThat(again.path("newSnapshotTaken").asBoolean()).isFalse();
        assertThat(again.path("latestSnapshotTime").asText()).isEqualTo(snap.path("latestSnapshotTime").asText());
        call("PATCH", v2(u, "/S/scopes/global/entries/k"), KEY, "{\"value\":3}");
        call("PATCH", v2(u, "/S/scopes/global/entries/k"), KEY, "{\"value\":4}");
        JsonNode after = json(call("GET", v2(u, "/S/scopes/global/entries/k:listRevisions"), KEY, null));
        assertThat(after.path("dataStoreEntries")).as("the snapshot kept value 2; value 3 went by the hourly rule")
                .hasSize(before + 1);
    }

    @Test
    @Cites(file = OPENAPI, part = "v1 Entries_SetEntryAsync x-roblox-recommended-alternatives: the same entry "
            + "through v1 and v2")
    void v1AndV2SeeTheSameEntry() throws Exception {
        String u = freshUniverse();
        String v1 = server.baseUrl() + "/datastores/v1/universes/" + u + "/standard-datastores/datastore/entries/entry"
                + Http.query("datastoreName", "S", "entryKey", "k");
        JsonNode set = json(call("POST", v1, KEY, "{\"n\":1}", "roblox-entry-userids", "[5]"));
        JsonNode got = json(call("GET", v2(u, "/S/scopes/global/entries/k@latest"), KEY, null));
        assertThat(got.path("revisionId").asText()).isEqualTo(set.path("version").asText());
        assertThat(got.path("revisionCreateTime").asText()).isEqualTo(set.path("createdTime").asText());
        assertThat(got.path("users").get(0).asText()).isEqualTo("users/5");
        JsonNode v2made = create(u, "S", "other", "{\"value\":{\"n\":2}}");
        HttpResponse<byte[]> back = call("GET", server.baseUrl() + "/datastores/v1/universes/" + u
                + "/standard-datastores/datastore/entries/entry" + Http.query("datastoreName", "S", "entryKey",
                "other"), KEY, null);
        assertThat(back.headers().firstValue("roblox-entry-version")).hasValue(v2made.path("revisionId").asText());
        assertThat(text(back)).isEqualTo("{\"n\":2}");
    }
}
