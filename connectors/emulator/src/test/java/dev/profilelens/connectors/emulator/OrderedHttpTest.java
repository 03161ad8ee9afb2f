package dev.profilelens.connectors.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ordered data store routes over raw HTTP: both API versions as the reference spells them (ADR 0131). */
class OrderedHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static String v2(EmulatorServer s, String store, String tail) {
        return s.baseUrl() + "/cloud/v2/universes/7/ordered-data-stores/" + store + "/scopes/global/entries" + tail;
    }

    private static String v1(EmulatorServer s, String store, String tail) {
        return s.baseUrl() + "/ordered-data-stores/v1/universes/7/orderedDataStores/" + store
                + "/scopes/global/entries" + tail;
    }

    private static HttpResponse<String> send(String method, String url, String body, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("x-api-key", key)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String url, String body) throws Exception {
        return send(method, url, body, "dev-key");
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void v2AndV1ShapesParameterCasingAndDeleteOfAMissingEntry() throws Exception {
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withBudget(10_000))) {
            for (int i = 1; i <= 12; i++) {
                assertThat(send("POST", v2(s, "Board", "?id=p" + i), "{\"value\":" + (i * 10) + "}").statusCode())
                        .isEqualTo(200);
            }
            HttpResponse<String> dup = send("POST", v2(s, "Board", "?id=p1"), "{\"value\":1}");
            assertThat(dup.statusCode()).isEqualTo(400);
            assertThat(json(dup).path("code").asText()).isEqualTo("INVALID_ARGUMENT");

            JsonNode top = json(send("GET", v2(s, "Board", "?maxPageSize=3&orderBy=value%20desc"), null));
            assertThat(top.path("orderedDataStoreEntries")).hasSize(3);
            JsonNode first = top.path("orderedDataStoreEntries").get(0);
            assertThat(first.path("id").asText()).isEqualTo("p12");
            assertThat(first.path("value").asLong()).isEqualTo(120);
            assertThat(first.path("path").asText())
                    .isEqualTo("universes/7/ordered-data-stores/Board/scopes/global/entries/p12");
            assertThat(top.path("nextPageToken").asText()).isNotEmpty();
            assertThat(json(send("GET", v2(s, "Board", ""), null)).path("orderedDataStoreEntries"))
                    .as("default page size 10").hasSize(10);
            assertThat(json(send("GET", v2(s, "Board", "?max_page_size=2"), null)).path("orderedDataStoreEntries"))
                    .as("v1 casing is not a v2 parameter").hasSize(10);
            String filter = "?filter=entry%20%3E%3D%2030%20%26%26%20entry%20%3C%3D%2050";
            JsonNode range = json(send("GET", v2(s, "Board", filter), null));
            assertThat(range.path("orderedDataStoreEntries").findValuesAsText("id")).containsExactly("p3", "p4", "p5");
            assertThat(range.has("nextPageToken")).as("token omitted at the end").isFalse();
            assertThat(send("GET", v2(s, "Board", "?filter=entry%3E%3D30"), null).statusCode())
                    .as("tokens must be separated by single spaces").isEqualTo(400);

            JsonNode v1list = json(send("GET", v1(s, "Board", "?max_page_size=2&order_by=desc"), null));
            assertThat(v1list.path("entries")).hasSize(2);
            assertThat(v1list.path("entries").get(0).path("path").asText())
                    .isEqualTo("universes/7/orderedDataStores/Board/scopes/global/entries/p12");
            assertThat(v1list.has("orderedDataStoreEntries")).isFalse();
            String lower = s.baseUrl() + "/ordered-data-stores/v1/universes/7/orderedDatastores/Board/scopes/global"
                    + "/entries/p1";
            assertThat(json(send("GET", lower, null)).path("value").asLong()).as("lower-case s (RTBF sample)")
                    .isEqualTo(10);

            assertThat(send("DELETE", v2(s, "Board", "/nobody"), null).statusCode()).isEqualTo(404);
            assertThat(send("DELETE", v1(s, "Board", "/nobody"), null).statusCode()).isEqualTo(200);
            assertThat(send("DELETE", v2(s, "Board", "/p1"), null).statusCode()).isEqualTo(200);
            assertThat(send("GET", v2(s, "Board", "/p1"), null).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void valuesAsNumbersOrNumericStringsOnlyIntegersWithinInt64() throws Exception {
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withBudget(10_000))) {
            assertThat(send("POST", v1(s, "B", "?id=a"), "{\"value\":\"42\"}").statusCode()).isEqualTo(200);
            assertThat(json(send("GET", v2(s, "B", "/a"), null)).path("value").asLong()).isEqualTo(42);
            assertThat(send("PATCH", v2(s, "B", "/a"), "{\"value\":1.5}").statusCode()).isEqualTo(400);
            assertThat(send("PATCH", v2(s, "B", "/a"), "{\"value\":9223372036854775808}").statusCode())
                    .isEqualTo(400);
            assertThat(send("PATCH", v2(s, "B", "/missing"), "{\"value\":1}").statusCode()).isEqualTo(404);
            assertThat(send("PATCH", v1(s, "B", "/missing?allow_missing=true"), "{\"value\":1}").statusCode())
                    .isEqualTo(200);
            assertThat(json(send("POST", v2(s, "B", "/a:increment"), "{\"amount\":8}")).path("value").asLong())
                    .isEqualTo(50);
            assertThat(json(send("POST", v2(s, "B", "/fresh:increment"), "{\"amount\":-3}")).path("value")
                    .asLong()).as("increment creates").isEqualTo(-3);
            assertThat(json(send("GET", v2(s, "DATA%2F12345", "/a"), null)).path("code").asText())
                    .isEqualTo("NOT_FOUND");
            assertThat(send("POST", v2(s, "DATA%2F12345", "?id=41"), "{\"value\":41}").statusCode()).isEqualTo(200);
            assertThat(json(send("GET", v2(s, "DATA%2F12345", "/41"), null)).path("value").asLong()).isEqualTo(41);
        }
    }

    @Test
    void orderedRequestsUseTheirOwnBudgetAndScopes() throws Exception {
        ApiKeyTable keys = ApiKeyTable.of(Map.of("reader", new ApiKeyTable.Grant(Set.of("*"),
                Set.of("universe.ordered-data-store.scope.entry:read", "universe-datastores.control:list"))));
        try (EmulatorServer s = EmulatorServer.start(EmulatorOptions.defaults().withApiKeys(keys).withBudget(2))) {
            assertThat(send("GET", v2(s, "B", ""), null, "reader").statusCode()).isEqualTo(200);
            assertThat(send("GET", v2(s, "B", ""), null, "reader").statusCode()).isEqualTo(200);
            assertThat(send("GET", v2(s, "B", ""), null, "reader").statusCode()).as("OrderedList spent")
                    .isEqualTo(429);
            String stores = s.baseUrl() + "/cloud/v2/universes/7/data-stores";
            assertThat(send("GET", stores, null, "reader").statusCode()).as("standard List untouched")
                    .isEqualTo(200);
            assertThat(send("GET", v2(s, "B", "/x"), null, "reader").statusCode()).as("OrderedRead separate")
                    .isEqualTo(404);
            HttpResponse<String> write = send("POST", v2(s, "B", "?id=x"), "{\"value\":1}", "reader");
            assertThat(write.statusCode()).isEqualTo(403);
        }
    }
}
