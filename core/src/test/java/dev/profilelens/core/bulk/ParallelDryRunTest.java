package dev.profilelens.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.SetTag;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dry run of a large local set on every core: the same plans, counts and key order as one thread gives. */
class ParallelDryRunTest {
    private final Clock clock = Clock.systemUTC();
    private final InMemoryProfileSource source = new InMemoryProfileSource(clock);
    @TempDir
    Path dir;

    @Test
    void plansEveryKeyInTheSetsOrderWithTheFilterAndLocksAsOneThreadDoes() {
        long now = clock.instant().getEpochSecond();
        for (int i = 0; i < 1_000; i++) {
            boolean live = i == 301;
            String v = "{\"Data\":{\"Coins\":" + i + "},\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":1,"
                    + (live ? "\"ActiveSession\":[1818,\"job-1\"]," : "") + "\"MetaTags\":{\"DataVersion\":"
                    + (i % 3 == 0 ? 2 : 1) + "},\"LastUpdate\":" + now + "},\"RobloxMetaData\":[],\"UserIds\":[],"
                    + "\"GlobalUpdates\":[0,[]]}";
            source.write(new WriteRequest(new EntryRef("PlayerData", "global", String.format("Player_%04d", i)),
                    RobloxJson.write(RobloxJson.parse(v)), List.of(), "{}", Precondition.none()));
        }
        List<EntryRef> keys = KeySet.prefix(source, "PlayerData", "global", "Player_").keys();
        BulkOptions o = BulkOptions.dryRun("p", "migrate");
        assertThat(ParallelDryRun.fits(source, keys, o)).as("the parallel path is the one under test").isEqualTo(
                Runtime.getRuntime().availableProcessors() > 1);
        List<KeyPlan> seen = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        BulkRun.Summary s = new BulkRun(source, new InMemoryAuditLog(), clock, "alice", "t", dir).run(keys,
                r -> List.of(SetTag.of("DataVersion", RobloxJson.nodes().numberNode(2))),
                ValueFilter.parse(List.of("DataVersion=1")), o, p -> {
                    seen.add(p);
                    threads.add(Thread.currentThread().getName());
                }, () -> false);
        assertThat(s.notMatching()).isEqualTo(334);
        assertThat(s.count(KeyPlan.Plan.CHANGE)).isEqualTo(665);
        assertThat(s.count(KeyPlan.Plan.LIVE)).isEqualTo(1);
        List<EntryRef> expected = keys.stream().filter(r -> Integer.parseInt(r.key().substring(7)) % 3 != 0)
                .collect(Collectors.toList());
        assertThat(seen).extracting(KeyPlan::ref).containsExactlyElementsOf(expected);
        assertThat(threads).as("the listener is called on the calling thread").containsOnly(
                Thread.currentThread().getName());
        assertThat(seen.get(199).patch().toString()).contains("/MetaData/MetaTags/DataVersion");
        assertThat(source.read(keys.get(1)).orElseThrow().value()).asString().contains("\"DataVersion\":1");
    }
}
