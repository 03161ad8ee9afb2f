package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.env.TestEnvironments;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WatchCommandTest {
    private static String profile(String activeSession, long loadCount) {
        long now = System.currentTimeMillis() / 1000;
        return "{\"Data\":{},\"MetaData\":{\"ProfileCreateTime\":1700000000,\"SessionLoadCount\":" + loadCount
                + (activeSession == null ? "" : ",\"ActiveSession\":" + activeSession)
                + ",\"MetaTags\":[],\"LastUpdate\":" + now + "},\"GlobalUpdates\":[0,[]],\"WasCorrupted\":false}";
    }

    private static void put(InMemoryProfileSource s, String key, String json) {
        s.write(new WriteRequest(EntryRef.of("PlayerData", key), json.getBytes(StandardCharsets.UTF_8), List.of(),
                "{}", Precondition.none()));
    }

    @Test
    void printsObservedStateThenOneLinePerChange() throws Exception {
        InMemoryProfileSource s = MemorySources.named("watch-cli");
        put(s, "Player_1", profile(null, 1));
        StringBuffer printed = new StringBuffer();
        CountDownLatch observed = new CountDownLatch(1);
        Writer sink = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                printed.append(buf, off, len);
                if (printed.indexOf("\"observed\"") >= 0) {
                    observed.countDown();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Cli.run(TestEnvironments.temporary(),
                new PrintWriter(sink, true), new PrintWriter(err, true), "watch", "PlayerData", "Player_1",
                        "--source", "memory:watch-cli",
                "--interval", "0.05", "--count", "1"));
        assertThat(observed.await(20, TimeUnit.SECONDS)).as(err.toString()).isTrue();
        put(s, "Player_1", profile("[1818,\"job-a\"]", 1));
        CliHarness r = new CliHarness(run.get(20, TimeUnit.SECONDS), printed.toString(), err.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> lines = r.out().lines().map(RobloxJson::parse).toList();
        assertThat(lines).extracting(n -> n.get("event").asText()).containsExactly("observed", "acquired");
        JsonNode acquired = lines.get(1);
        assertThat(acquired.get("key").asText()).isEqualTo("Player_1");
        assertThat(acquired.get("state").asText()).isEqualTo("active");
        assertThat(acquired.at("/owner/jobId").asText()).isEqualTo("job-a");
        assertThat(acquired.get("previousOwner").isNull()).isTrue();
        assertThat(acquired.get("loadCount").asLong()).isEqualTo(1);
    }

    @Test
    void needsAKeyOrAPrefix() {
        CliHarness r = CliHarness.run("watch", "PlayerData", "--source", "memory:watch-cli-2");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("at least one KEY or --prefix");
    }
}
