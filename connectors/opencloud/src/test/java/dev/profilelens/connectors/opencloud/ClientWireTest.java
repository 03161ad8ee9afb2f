package dev.profilelens.connectors.opencloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.RequestBudget;
import dev.profilelens.core.store.RequestBudget.Category;
import dev.profilelens.core.store.VersionQuery;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Client points of issue #17, each against a loopback stub that answers what the reference allows the service to
 * answer (Roblox/creator-docs b0bf2f1, cloud/reference/errors.md, cloud/reference/patterns.md, openapi.json).
 */
class ClientWireTest {
    private static final AtomicInteger UNIVERSE = new AtomicInteger(9000);
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_1");

    private static OpenCloudProfileSource open(StubServer stub) {
        return (OpenCloudProfileSource) new OpenCloudProvider().open("opencloud:" + UNIVERSE.incrementAndGet() + "@"
                + stub.base(), Map.of("apiKey", "k", "budget", "100000", "v1Budget", "100000", "backoffMs", "1"));
    }

    private static StubServer.Answer json(int status, String body) {
        return new StubServer.Answer(status, Map.of("content-type", "application/json"), body);
    }

    @Test
    void notImplementedIsFinalAndAskedOnce() {
        try (StubServer stub = new StubServer(json(501, "{\"code\":\"NOT_IMPLEMENTED\",\"message\":\"no\"}"));
             OpenCloudProfileSource s = open(stub)) {
            assertThatThrownBy(() -> s.read(REF)).isInstanceOf(InspectorException.class).hasMessageContaining("501");
            assertThat(stub.requests()).hasSize(1);
        }
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-05T07:00:00Z"), ZoneOffset.UTC);
        assertThat(RetryAfter.millis("7", clock)).isEqualTo(7_000);
        assertThat(RetryAfter.millis("Sat, 05 Dec 2026 07:00:09 GMT", clock)).isEqualTo(9_000);
        assertThat(RetryAfter.millis("Sat, 05 Dec 2026 06:59:00 GMT", clock)).isZero();
        assertThat(RetryAfter.millis("soon", clock)).isEqualTo(1_000);
    }

    @Test
    void aPrefixIsQuotedAsACelStringInTheFilter() {
        try (StubServer stub = new StubServer(json(200, "{\"dataStoreEntries\":[],\"nextPageToken\":\"\"}"));
             OpenCloudProfileSource s = open(stub)) {
            s.listKeys("PlayerData", "global", "a\"b\\c", null, 10);
            String q = URLDecoder.decode(stub.requests().get(0).getRawQuery(), StandardCharsets.UTF_8);
            assertThat(q).contains("filter=id.startsWith(\"a\\\"b\\\\c\")");
        }
    }

    @Test
    void only400InvalidVersionIdMeansNoSuchRevision() {
        try (StubServer stub = new StubServer(json(400, "{\"code\":\"INVALID_ARGUMENT\",\"message\":"
                + "\"Invalid version id.\",\"details\":[]}"));
             OpenCloudProfileSource s = open(stub)) {
            assertThat(s.readVersion(REF, "08D9E6A3F2188CFF.0000000001.08D9E6A3F2188CFF.01")).isEmpty();
            stub.answer(json(400, "{\"code\":\"INVALID_ARGUMENT\",\"message\":\"The scope is invalid.\"}"));
            assertThatThrownBy(() -> s.readVersion(REF, "08D9E6A3F2188CFF.0000000001.08D9E6A3F2188CFF.01"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("The scope is invalid");
        }
    }

    @Test
    void v1ListVersionsSpendsTheV1ReadBucketAnd429sAreCounted() {
        try (StubServer stub = new StubServer(json(200, "{\"versions\":[],\"nextPageCursor\":\"\"}"));
             OpenCloudProfileSource s = open(stub)) {
            s.listVersions(REF, new VersionQuery(null, null, true), null, 10);
            RequestBudget b = s.capabilities().budget();
            assertThat(b.use(Category.V1_READ).used()).isEqualTo(1);
            assertThat(b.use(Category.LIST).used()).isZero();
            stub.answer(new StubServer.Answer(429, Map.of("retry-after", "0"), "{}"));
            assertThatThrownBy(() -> s.read(REF)).isInstanceOf(InspectorException.class);
            assertThat(b.use(Category.READ).throttled()).isEqualTo(CloudHttp.MAX_ATTEMPTS);
            assertThat(b.use(Category.READ).nextFree()).isLessThanOrEqualTo(Duration.ofSeconds(1));
        }
    }
}
