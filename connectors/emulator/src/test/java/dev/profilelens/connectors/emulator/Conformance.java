package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shared parts of the conformance suite (issue #17): written from Roblox's published reference, never from the
 * emulator's own behaviour, and run over real HTTP on loopback. Every test method carries {@link Cites}.
 */
abstract class Conformance {
    /** The {@code Roblox/creator-docs} commit the suite was written from (2026-08-22). */
    static final String REFERENCE_COMMIT = "b0bf2f1557726e830129fd67075fe695883a91f7";
    static final String V1_JSON = "content/en-us/reference/cloud/datastores-api/v1.json";
    static final String OPENAPI = "content/en-us/reference/cloud/openapi.json";
    static final String THROTTLING = "content/en-us/cloud/guides/data-stores/throttling.md";
    static final String LIMITS = "content/en-us/cloud-services/data-stores/error-codes-and-limits.md";
    static final String PATTERNS = "content/en-us/cloud/reference/patterns.md";
    static final String ERRORS = "content/en-us/cloud/reference/errors.md";
    static final String API_KEYS = "content/en-us/cloud/auth/api-keys.md";
    static final String KEY = "dev-key";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger UNIVERSE = new AtomicInteger(500);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** A universe no other test touches. */
    static String freshUniverse() {
        return Integer.toString(UNIVERSE.incrementAndGet());
    }

    static HttpResponse<byte[]> call(String method, String url, String key, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            b.header("x-api-key", key);
        }
        if (body != null) {
            b.header("content-type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> r) throws IOException {
        return JSON.readTree(r.body());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
