package dev.profilelens.connectors.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Request budgets, error shapes and key introspection as the reference's guides describe them. */
class ConformanceLimitsTest extends Conformance {
    private static String v1(EmulatorServer s, String u, String tail, String... q) {
        return s.baseUrl() + "/datastores/v1/universes/" + u + "/standard-datastores" + tail + Http.query(q);
    }

    private static String v2(EmulatorServer s, String u, String tail) {
        return s.baseUrl() + "/cloud/v2/universes/" + u + "/data-stores" + tail;
    }

    @Test
    @Cites(file = THROTTLING, part = "Legacy standard data stores: one Read bucket (list stores, list entries, get, "
            + "list revisions) and one Write bucket per universe")
    void v1ReadsShareOneBucketApartFromV2() throws Exception {
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withBudget(4))) {
            String u = freshUniverse();
            assertThat(call("POST", v1(s, u, "/datastore/entries/entry", "datastoreName", "S", "entryKey", "k"), KEY,
                    "1").statusCode()).isEqualTo(200);
            assertThat(call("GET", v1(s, u, ""), KEY, null).statusCode()).isEqualTo(200);
            assertThat(call("GET", v1(s, u, "/datastore/entries", "datastoreName", "S"), KEY, null).statusCode())
                    .isEqualTo(200);
            assertThat(call("GET", v1(s, u, "/datastore/entries/entry", "datastoreName", "S", "entryKey", "k"), KEY,
                    null).statusCode()).isEqualTo(200);
            assertThat(call("GET", v1(s, u, "/datastore/entries/entry/versions", "datastoreName", "S", "entryKey",
                    "k"), KEY, null).statusCode()).isEqualTo(200);
            HttpResponse<byte[]> fifth = call("GET", v1(s, u, "/datastore/entries/entry", "datastoreName", "S",
                    "entryKey", "k"), KEY, null);
            assertThat(fifth.statusCode()).isEqualTo(429);
            assertThat(json(fifth).path("error").asText()).isEqualTo("RESOURCE_EXHAUSTED");
            assertThat(fifth.headers().firstValue("retry-after")).isPresent();
            assertThat(call("GET", v2(s, u, "/S/scopes/global/entries/k"), KEY, null).statusCode())
                    .as("v2 reads spend the experience budget, not the v1 bucket").isEqualTo(200);
        }
    }

    @Test
    @Cites(file = THROTTLING, part = "Legacy Write bucket: create, update, increment and delete share it")
    void v1WritesShareOneBucket() throws Exception {
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withBudget(3))) {
            String u = freshUniverse();
            String entry = v1(s, u, "/datastore/entries/entry", "datastoreName", "S", "entryKey", "k");
            assertThat(call("POST", entry, KEY, "1").statusCode()).isEqualTo(200);
            assertThat(call("POST", v1(s, u, "/datastore/entries/entry/increment", "datastoreName", "S", "entryKey",
                    "k"), KEY, null).statusCode()).isEqualTo(200);
            assertThat(call("DELETE", entry, KEY, null).statusCode()).isEqualTo(204);
            assertThat(call("POST", entry, KEY, "2").statusCode()).isEqualTo(429);
        }
    }

    @Test
    @Cites(file = LIMITS, part = "Access limits, standard data stores: List covers list stores, entries and "
            + "revisions; Read covers get")
    void v2ListCategoryIsSharedByEveryListing() throws Exception {
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withBudget(3))) {
            String u = freshUniverse();
            assertThat(call("POST", v2(s, u, "/S/scopes/global/entries?id=k"), KEY, "{\"value\":1}").statusCode())
                    .isEqualTo(200);
            assertThat(call("GET", v2(s, u, ""), KEY, null).statusCode()).isEqualTo(200);
            assertThat(call("GET", v2(s, u, "/S/scopes/global/entries"), KEY, null).statusCode()).isEqualTo(200);
            assertThat(call("GET", v2(s, u, "/S/scopes/global/entries/k:listRevisions"), KEY, null).statusCode())
                    .isEqualTo(200);
            HttpResponse<byte[]> fourth = call("GET", v2(s, u, ""), KEY, null);
            assertThat(fourth.statusCode()).isEqualTo(429);
            assertThat(json(fourth).path("code").asText()).isEqualTo("RESOURCE_EXHAUSTED");
            assertThat(call("GET", v2(s, u, "/S/scopes/global/entries/k"), KEY, null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    @Cites(file = ERRORS, part = "v1 error shape (error, message, errorDetails.datastoreErrorCode) and v2 shape "
            + "(code, message, details)")
    void errorsComeInTheDocumentedShapes() throws Exception {
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults())) {
            String u = freshUniverse();
            JsonNode v1 = json(call("GET", v1(s, u, "/datastore/entries/entry", "datastoreName", "S", "entryKey",
                    "none"), KEY, null));
            assertThat(v1.path("error").asText()).isEqualTo("NOT_FOUND");
            assertThat(v1.path("errorDetails").path(0).path("errorDetailType").asText())
                    .isEqualTo("DatastoreErrorInfo");
            assertThat(v1.path("errorDetails").path(0).path("datastoreErrorCode").asText())
                    .isEqualTo("EntryNotFound");
            JsonNode v2 = json(call("GET", v2(s, u, "/S/scopes/global/entries/none"), KEY, null));
            assertThat(v2.path("code").asText()).isEqualTo("NOT_FOUND");
            assertThat(v2.path("message").asText()).isNotEmpty();
            assertThat(call("GET", v2(s, u, ""), null, null).statusCode()).isEqualTo(401);
        }
    }

    @Test
    @Cites(file = API_KEYS, part = "Introspect API keys: scopes as name, operations, universeDatastores")
    void introspectionGroupsOperationsByScopeName() throws Exception {
        ApiKeyTable keys = ApiKeyTable.of(Map.of("k1", new ApiKeyTable.Grant(Set.of("123"),
                Set.of("universe-datastores.objects:create", "universe-datastores.objects:read"))));
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withApiKeys(keys))) {
            JsonNode r = json(call("POST", s.baseUrl() + "/api-keys/v1/introspect", null, "{\"apiKey\":\"k1\"}"));
            assertThat(r.path("scopes")).hasSize(1);
            JsonNode scope = r.path("scopes").get(0);
            assertThat(scope.path("name").asText()).isEqualTo("universe-datastores.objects");
            assertThat(scope.path("operations").findValuesAsText("")).isEmpty();
            assertThat(JSON.convertValue(scope.path("operations"), String[].class)).containsExactly("create", "read");
            assertThat(scope.path("universeDatastores").get(0).path("universeId").asText()).isEqualTo("123");
            assertThat(r.path("enabled").asBoolean()).isTrue();
            assertThat(r.has("authorizedUserId")).isTrue();
        }
    }
}
