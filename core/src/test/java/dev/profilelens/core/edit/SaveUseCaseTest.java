package dev.profilelens.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.edit.intent.AppendItem;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.IntentFailure;
import dev.profilelens.core.edit.intent.ItemMatch;
import dev.profilelens.core.edit.intent.RemoveItem;
import dev.profilelens.core.edit.intent.SetValue;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one save use case: lock first, intents re-applied to the latest value, typed outcomes. */
class SaveUseCaseTest {
    private static final long NOW = 1_700_004_000L;
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_X");
    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    private final InMemoryProfileSource store = new InMemoryProfileSource(clock);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final List<Intent> gift = List.of(AddDelta.of("/Data/Coins", 500), new AppendItem("/Data/Inventory",
            RobloxJson.parse("{\"Id\":\"c1\",\"Item\":\"Royal Crown\"}")));

    private static ObjectNode profile(long coins, String lock) {
        return (ObjectNode) RobloxJson.parse("{\"Data\":{\"Coins\":" + coins + ",\"Inventory\":[]},\"MetaData\":{"
                + "\"ProfileCreateTime\":1,\"SessionLoadCount\":3," + lock + "\"MetaTags\":{},\"LastUpdate\":"
                + (NOW - 20) + "},\"GlobalUpdates\":[0,[]],\"UserIds\":[7]}");
    }

    private String seed(JsonNode v) {
        return store.write(new WriteRequest(REF, RobloxJson.write(v), List.of(7L), "{}", Precondition.none()))
                .version();
    }

    private JsonNode stored() {
        return RobloxJson.parse(store.read(REF).orElseThrow().value());
    }

    /** A source where a game server saves the profile (coins +2036) just before our first conditional write. */
    private SaveUseCase racingServer(AtomicInteger serverSaves) {
        ForwardingProfileSource racing = new ForwardingProfileSource(store) {
            @Override
            public WriteResult write(WriteRequest request) {
                if (serverSaves.getAndIncrement() == 0) {
                    ObjectNode theirs = (ObjectNode) stored();
                    ((ObjectNode) theirs.get("Data")).put("Coins", theirs.at("/Data/Coins").asLong() + 2036);
                    store.write(new WriteRequest(REF, RobloxJson.write(theirs), List.of(7L), "{}",
                            Precondition.none()));
                }
                return super.write(request);
            }
        };
        return new SaveUseCase(racing, audit, clock, "alice", "sandbox");
    }

    @Test
    void partsTheEditLeftAloneAreWrittenBackAsTheyWereStored() {
        String text = RobloxJson.writeString(profile(10, "")).replace("\"Inventory\":[]",
                "\"Inventory\":[],\"Far\":1e+300,\"Name\":\"caf\\u00e9\"");
        store.write(new WriteRequest(REF, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of(7L), "{}",
                Precondition.none()));
        SaveResult r = new SaveUseCase(store, audit, clock, "alice", "sandbox")
                .save(EditRequest.of(REF, List.of(AddDelta.of("/Data/Coins", 5)), "ticket 2"));
        assertThat(r).isInstanceOf(SaveResult.Written.class);
        String written = new String(store.read(REF).orElseThrow().value(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(written).contains("\"Coins\":15").contains("\"Far\":1e+300")
                .contains("\"Name\":\"caf\\u00e9\"");
    }

    @Test
    void intentsAreReappliedOnTopOfAServerSaveWithoutAnyConflict() {
        seed(profile(153608, ""));
        SaveResult r = racingServer(new AtomicInteger()).save(EditRequest.of(REF, gift, "ticket 1"));
        assertThat(r).isInstanceOfSatisfying(SaveResult.Written.class, w -> {
            assertThat(w.reapplied()).isEqualTo(1);
            assertThat(w.changes().get(0).describe()).isEqualTo("/Data/Coins +500 (155644 → 156144)");
        });
        assertThat(stored().at("/Data/Coins").asLong()).as("server's +2036 and our +500").isEqualTo(156144);
        assertThat(stored().at("/Data/Inventory/0/Item").asText()).isEqualTo("Royal Crown");
        AuditEntry a = audit.query(null, null, 5).get(0);
        assertThat(a.action()).isEqualTo("edit");
        assertThat(a.changes()).hasSize(2);
        assertThat(a.changes().get(0).before().asLong()).isEqualTo(155644);
        assertThat(a.changes().get(0).after().asLong()).isEqualTo(156144);
    }

    @Test
    void theLockIsClassifiedBeforeAnyIntentIsApplied() {
        String v = seed(profile(10, "\"ActiveSession\":[1818,\"job-1\"],"));
        SaveResult r = new SaveUseCase(store, audit, clock, "alice", "sandbox").save(EditRequest.of(REF,
                List.of(new RemoveItem("/Data/Inventory", ItemMatch.byField("Id", RobloxJson.parse("\"none\"")))),
                "x"));
        assertThat(r).isInstanceOfSatisfying(SaveResult.Refused.class, f -> {
            assertThat(f.reason()).isEqualTo(SaveResult.Refused.Reason.LIVE_SESSION);
            assertThat(f.lock().owner().display()).contains("job-1");
            assertThat(f.exitCode()).isEqualTo(4);
        });
        assertThat(store.read(REF).orElseThrow().version()).isEqualTo(v);
        assertThat(audit.query(null, null, 5)).isEmpty();
    }

    @Test
    void aSetOnAPathTheServerChangedIsAConflictWithBaseMineTheirs() {
        ObjectNode base = profile(153608, "");
        seed(base);
        SaveResult r = racingServer(new AtomicInteger()).save(EditRequest.of(REF, List.of(new SetValue("/Data/Coins",
                RobloxJson.parse("154108"), RobloxJson.parse("153608"))), "x").withBase(base));
        assertThat(r).isInstanceOfSatisfying(SaveResult.Conflict.class, c -> {
            SaveResult.PathConflict p = c.paths().get(0);
            assertThat(p.path()).isEqualTo("/Data/Coins");
            assertThat(p.reason()).isEqualTo(IntentFailure.Reason.CHANGED_MEANWHILE);
            assertThat(p.base().asLong()).isEqualTo(153608);
            assertThat(p.mine().asLong()).isEqualTo(154108);
            assertThat(p.theirs().asLong()).isEqualTo(155644);
        });
        assertThat(stored().at("/Data/Coins").asLong()).as("nothing of ours written").isEqualTo(155644);
    }

    @Test
    void anExpectedVersionRefusesInsteadOfReapplying() {
        String v = seed(profile(1, ""));
        SaveResult r = racingServer(new AtomicInteger()).save(EditRequest.of(REF, gift, "x").withExpectVersion(v));
        assertThat(r).isInstanceOf(SaveResult.Conflict.class);
        assertThat(r.message()).contains("changed since version " + v);
        assertThat(stored().at("/Data/Coins").asLong()).isEqualTo(2037);
    }

    @Test
    void anUnstorableResultIsInvalidWithItsPathAndADryRunWritesNothing() {
        String v = seed(profile(1, ""));
        SaveUseCase uc = new SaveUseCase(store, audit, clock, "alice", "sandbox");
        SaveResult bad = uc.save(EditRequest.of(REF, List.of(new AddDelta("/Data/Coins",
                RobloxJson.nodes().numberNode(Double.MAX_VALUE)), new AddDelta("/Data/Coins",
                RobloxJson.nodes().numberNode(Double.MAX_VALUE))), "x"));
        assertThat(bad).isInstanceOfSatisfying(SaveResult.Invalid.class, i ->
                assertThat(i.path()).isEqualTo("/Data/Coins"));
        SaveResult dry = uc.save(EditRequest.of(REF, gift, "x").asDryRun());
        assertThat(dry).isInstanceOfSatisfying(SaveResult.Unchanged.class, u -> {
            assertThat(u.dryRun()).isTrue();
            assertThat(u.after().at("/Data/Coins").asLong()).isEqualTo(501);
        });
        assertThat(store.read(REF).orElseThrow().version()).isEqualTo(v);
    }
}
