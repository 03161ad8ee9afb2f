package dev.profilelens.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteOutcomeUnknownException;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import dev.profilelens.core.updates.GlobalUpdates;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Every route of the save pipeline (design.md §3) against the in-memory source. */
class SavePipelineTest {
    private static final long NOW = 1_700_004_000L;
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_1");
    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    private final InMemoryProfileSource source = new InMemoryProfileSource(clock);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final SavePipeline pipeline = new SavePipeline(source, audit, clock, "alice", "sandbox");

    private static JsonNode profile(int coins, String lock) {
        return RobloxJson.parse("{\"Data\":{\"Coins\":" + coins + ",\"Gems\":1},\"MetaData\":{\"ProfileCreateTime\":1,"
                + "\"SessionLoadCount\":3," + lock + "\"MetaTags\":{\"DataVersion\":1},\"LastUpdate\":" + (NOW - 60)
                + "},\"RobloxMetaData\":{\"Playtime\":5},\"UserIds\":[1],\"GlobalUpdates\":[0,[]],"
                + "\"WasCorrupted\":false}");
    }

    private String seed(JsonNode value) {
        return source.write(new WriteRequest(REF, RobloxJson.write(value), List.of(1L), "{\"Playtime\":5}",
                Precondition.none())).version();
    }

    private static JsonNode withCoins(JsonNode v, int coins) {
        ObjectNode copy = v.deepCopy();
        ((ObjectNode) copy.get("Data")).put("Coins", coins);
        return copy;
    }

    private JsonNode stored() {
        return RobloxJson.parse(source.read(REF).orElseThrow().value());
    }

    @Test
    void freeProfileIsWrittenConditionallyWithKeyMetadataAndAudited() {
        JsonNode base = profile(10, "");
        String v1 = seed(base);
        SaveOutcome out = pipeline.save(SaveRequest.normal(REF, base, v1, withCoins(base, 99), "refund"));
        assertThat(out.written()).isTrue();
        assertThat(stored().get("Data").get("Coins").asInt()).isEqualTo(99);
        StoredEntry e = source.read(REF).orElseThrow();
        assertThat(e.userIds()).containsExactly(1L);
        assertThat(e.attributesJson()).isEqualTo("{\"Playtime\":5}");
        AuditEntry a = audit.query(null, null, 10).get(0);
        assertThat(a.reason()).isEqualTo("refund");
        assertThat(a.versionBefore()).isEqualTo(v1);
        assertThat(a.versionAfter()).isEqualTo(e.version());
        assertThat(a.user()).isEqualTo("alice");
        assertThat(a.patch().toString()).contains("/Data/Coins");
    }

    @Test
    void unchangedProfileIssuesNoWrite() {
        JsonNode base = profile(10, "");
        String v1 = seed(base);
        SaveOutcome out = pipeline.save(SaveRequest.normal(REF, base, v1, base.deepCopy(), "nothing"));
        assertThat(out.written()).isFalse();
        assertThat(source.read(REF).orElseThrow().version()).isEqualTo(v1);
        assertThat(audit.query(null, null, 10)).isEmpty();
    }

    @Test
    void liveSessionIsRefusedAndNothingIsWritten() {
        JsonNode base = profile(10, "\"ActiveSession\":[1818,\"job-a\"],");
        String v1 = seed(base);
        assertThatThrownBy(() -> pipeline.save(SaveRequest.normal(REF, base, v1, withCoins(base, 99), "x")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("1818 / job-a")
                .hasMessageContaining("global update");
        assertThat(source.read(REF).orElseThrow().version()).isEqualTo(v1);
        assertThat(audit.query(null, null, 10)).isEmpty();
    }

    @Test
    void profileLockedByAServerAfterItWasReadIsRefused() {
        JsonNode base = profile(10, "");
        String v1 = seed(base);
        source.write(new WriteRequest(REF, RobloxJson.write(profile(10, "\"ActiveSession\":[1,\"j\"],")), List.of(1L),
                "{}", Precondition.matchVersion(v1)));
        assertThatThrownBy(() -> pipeline.save(SaveRequest.normal(REF, base, v1, withCoins(base, 99), "x")))
                .isInstanceOf(RefusedException.class);
        assertThat(stored().get("Data").get("Coins").asInt()).isEqualTo(10);
    }

    @Test
    void staleLockNeedsTheTypedKeyAndIsThenCleared() {
        ObjectNode base = (ObjectNode) profile(10, "\"ActiveSession\":[1,\"dead\"],\"ForceLoadSession\":[1,\"x\"],");
        ((ObjectNode) base.get("MetaData")).put("LastUpdate", NOW - 1801);
        String v1 = seed(base);
        JsonNode edited = withCoins(base, 50);
        assertThatThrownBy(() -> pipeline.save(SaveRequest.normal(REF, base, v1, edited, "x")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("stale");
        assertThatThrownBy(() -> pipeline.save(new SaveRequest(REF, base, v1, edited, "x",
                WriteMode.CLEAR_STALE_LOCK, "Player_2"))).hasMessageContaining("Type the key");
        SaveOutcome out = pipeline.save(new SaveRequest(REF, base, v1, edited, "dead server",
                WriteMode.CLEAR_STALE_LOCK, "Player_1"));
        assertThat(out.written()).isTrue();
        assertThat(stored().get("MetaData").has("ActiveSession")).isFalse();
        assertThat(stored().get("MetaData").has("ForceLoadSession")).isFalse();
        assertThat(stored().get("Data").get("Coins").asInt()).isEqualTo(50);
        assertThat(audit.query(null, null, 1).get(0).action()).isEqualTo("clear-stale-lock");
    }

    @Test
    void placeholderAndCorruptValuesAreReplacedOnlyWholeWithConfirmation() {
        JsonNode placeholder = RobloxJson.parse("{\"GlobalUpdates\":[1,[[1,1,false,{\"a\":1}]]]}");
        String v1 = seed(placeholder);
        JsonNode replacement = profile(0, "");
        assertThatThrownBy(() -> pipeline.save(SaveRequest.normal(REF, placeholder, v1, replacement, "x")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("placeholder");
        pipeline.save(new SaveRequest(REF, placeholder, v1, replacement, "fix", WriteMode.REPLACE_WHOLE, "Player_1"));
        assertThat(stored().get("Data").get("Coins").asInt()).isZero();
    }

    @Test
    void invalidValuesAreRefusedWithTheirPathBeforeAnyRead() {
        JsonNode base = profile(10, "");
        String v1 = seed(base);
        ObjectNode bad = (ObjectNode) base.deepCopy();
        ((ObjectNode) bad.get("Data")).put("Ratio", Double.NaN);
        assertThatThrownBy(() -> pipeline.save(SaveRequest.normal(REF, base, v1, bad, "x")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.path()).isEqualTo("/Data/Ratio"));
        ObjectNode noMailbox = (ObjectNode) base.deepCopy();
        noMailbox.remove("GlobalUpdates");
        assertThatThrownBy(() -> pipeline.save(SaveRequest.normal(REF, base, v1, noMailbox, "x")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(source.read(REF).orElseThrow().version()).isEqualTo(v1);
    }

    @Test
    void nonOverlappingConcurrentChangeIsMergedAndBothSurvive() {
        JsonNode base = profile(10, "");
        String v1 = seed(base);
        ObjectNode theirs = (ObjectNode) base.deepCopy();
        ((ObjectNode) theirs.get("Data")).put("Gems", 7);
        source.write(new WriteRequest(REF, RobloxJson.write(theirs), List.of(1L), "{}", Precondition.matchVersion(v1)));
        SaveOutcome out = pipeline.save(SaveRequest.normal(REF, base, v1, withCoins(base, 99), "x"));
        assertThat(out.written()).isTrue();
        assertThat(out.mergedPaths()).contains("/Data/Gems");
        assertThat(stored().get("Data").get("Gems").asInt()).isEqualTo(7);
        assertThat(stored().get("Data").get("Coins").asInt()).isEqualTo(99);
    }

    @Test
    void overlappingConcurrentChangeIsAConflictAndNothingIsWritten() {
        JsonNode base = profile(10, "");
        String v1 = seed(base);
        String v2 = source.write(new WriteRequest(REF, RobloxJson.write(withCoins(base, 11)), List.of(1L), "{}",
                Precondition.matchVersion(v1))).version();
        assertThatThrownBy(() -> pipeline.save(SaveRequest.normal(REF, base, v1, withCoins(base, 99), "x")))
                .isInstanceOfSatisfying(MergeConflictException.class, e -> {
                    assertThat(e.paths()).containsExactly("/Data/Coins");
                    assertThat(e.theirsVersion()).isEqualTo(v2);
                    assertThat(e.theirs().get("Data").get("Coins").asInt()).isEqualTo(11);
                });
        assertThat(source.read(REF).orElseThrow().version()).isEqualTo(v2);
    }

    @Test
    void lostAnswerIsReadBackAndNotRepeated() {
        JsonNode base = profile(10, "");
        String v1 = seed(base);
        AtomicInteger writes = new AtomicInteger();
        // A source that applies the write but loses the answer.
        var flaky = new dev.profilelens.core.store.ForwardingProfileSource(source) {
            @Override
            public WriteResult write(WriteRequest request) {
                writes.incrementAndGet();
                super.write(request);
                throw new WriteOutcomeUnknownException(request.ref(), new java.io.IOException("connection reset"));
            }
        };
        SavePipeline p = new SavePipeline(flaky, audit, clock, "alice", "sandbox");
        SaveOutcome out = p.save(SaveRequest.normal(REF, base, v1, withCoins(base, 42), "x"));
        assertThat(out.written()).isTrue();
        assertThat(writes.get()).isEqualTo(1);
        assertThat(stored().get("Data").get("Coins").asInt()).isEqualTo(42);
        assertThat(audit.query(null, null, 10)).hasSize(1);
    }

    @Test
    void globalUpdateGoesThroughEvenWhileAServerOwnsTheProfile() {
        JsonNode base = profile(10, "\"ActiveSession\":[1818,\"job-a\"],");
        seed(base);
        SaveOutcome out = pipeline.update(REF, v -> GlobalUpdates.addActive(v, RobloxJson.parse("{\"Gift\":1}")),
                "global-update", "gift");
        assertThat(out.written()).isTrue();
        JsonNode now = stored();
        assertThat(now.get("GlobalUpdates").get(0).asInt()).isEqualTo(1);
        assertThat(now.get("MetaData").get("ActiveSession")).isEqualTo(base.get("MetaData").get("ActiveSession"));
        assertThat(audit.query(null, null, 1).get(0).action()).isEqualTo("global-update");
    }

    @Test
    void readOnlyConnectionRefusesEveryWrite() {
        InMemoryProfileSource ro = new InMemoryProfileSource(clock, true);
        SavePipeline p = new SavePipeline(ro, audit, clock, "alice", "prod");
        JsonNode base = profile(1, "");
        assertThatThrownBy(() -> p.save(SaveRequest.normal(REF, base, "v", withCoins(base, 2), "x")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> p.update(REF, v -> v, "global-update", "x")).isInstanceOf(RefusedException.class);
    }
}
