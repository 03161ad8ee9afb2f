package dev.profilelens.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.ExtraVectors;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The save pipeline with ProfileService Plus and unknown profile-like values stored under the key. */
class UnknownDialectSaveTest {
    private static final long NOW = 1_700_004_000L;
    private static final EntryRef REF = EntryRef.of("Players", "77001");
    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    private final InMemoryProfileSource source = new InMemoryProfileSource(clock);
    private final SavePipeline pipeline = new SavePipeline(source, new InMemoryAuditLog(), clock, "alice", "sandbox");

    private String seed(byte[] value) {
        return source.write(new WriteRequest(REF, value, List.of(), "{}", Precondition.none())).version();
    }

    @Test
    void unknownProfileLikeValueIsNeverWrittenEvenAsAConfirmedWholeReplace() {
        byte[] stored = ExtraVectors.stored("unknown-both-meta");
        String v1 = seed(stored);
        JsonNode base = RobloxJson.parse(stored);
        ObjectNode edited = base.deepCopy();
        ((ObjectNode) edited.get("Data")).put("Coins", 2);
        assertThatThrownBy(() -> pipeline.save(new SaveRequest(REF, base, v1, edited, "x", WriteMode.REPLACE_WHOLE,
                REF.key()))).isInstanceOf(RefusedException.class).hasMessageContaining("no known library");
        assertThat(source.read(REF).orElseThrow().value()).isEqualTo(stored);
    }

    @Test
    void freePlusProfileIsSavedInItsOwnShape() {
        byte[] stored = ExtraVectors.stored("psplus-released");
        String v1 = seed(stored);
        JsonNode base = RobloxJson.parse(stored);
        ObjectNode edited = base.deepCopy();
        ((ObjectNode) edited.get("Data")).put("Level", 6);
        SaveOutcome out = pipeline.save(SaveRequest.normal(REF, base, v1, edited, "level fix"));
        JsonNode now = RobloxJson.parse(source.read(REF).orElseThrow().value());
        assertThat(now.path("Data").path("Level").asInt()).isEqualTo(6);
        assertThat(now.has("Metadata")).isTrue();
        assertThat(now.has("MetaData")).isFalse();
        assertThat(out).isNotNull();
    }

    @Test
    void activePlusLockRefusesTheWrite() {
        byte[] stored = ExtraVectors.stored("psplus-active");
        String v1 = seed(stored);
        JsonNode base = RobloxJson.parse(stored);
        ObjectNode edited = base.deepCopy();
        ((ObjectNode) edited.get("Data")).put("Coins", 1);
        assertThatThrownBy(() -> pipeline.save(SaveRequest.normal(REF, base, v1, edited, "x")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("4242");
        assertThat(source.read(REF).orElseThrow().value()).isEqualTo(stored);
    }
}
