package dev.profilelens.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #17: a write keeps the key's UserIds and attributes unless the edit changed their mirror in the value. */
class KeyMetadataKeptTest {
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_7");
    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_004_000L), ZoneOffset.UTC);
    private final InMemoryProfileSource source = new InMemoryProfileSource(clock);
    private final SavePipeline pipeline = new SavePipeline(source, new InMemoryAuditLog(), clock, "alice", "test");

    private static JsonNode profile(String extra) {
        return RobloxJson.parse("{\"Data\":{\"Coins\":1},\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":1,"
                + "\"MetaTags\":{},\"LastUpdate\":1}," + extra + "\"GlobalUpdates\":[0,[]]}");
    }

    private String seed(JsonNode value, List<Long> users, String attributes) {
        return source.write(new WriteRequest(REF, RobloxJson.write(value), users, attributes, Precondition.none()))
                .version();
    }

    private static JsonNode coins(JsonNode v, int n) {
        ObjectNode copy = v.deepCopy();
        ((ObjectNode) copy.get("Data")).put("Coins", n);
        return copy;
    }

    @Test
    void metadataThatTheValueDoesNotMirrorIsKept() {
        JsonNode base = profile("");
        String v = seed(base, List.of(7L), "{\"Tier\":\"x\"}");
        assertThat(pipeline.save(SaveRequest.normal(REF, base, v, coins(base, 2), "fix")).written()).isTrue();
        StoredEntry now = source.read(REF).orElseThrow();
        assertThat(now.userIds()).containsExactly(7L);
        assertThat(now.attributesJson()).isEqualTo("{\"Tier\":\"x\"}");
    }

    @Test
    void anEditOfTheMirrorIsWhatTheKeyGets() {
        JsonNode base = profile("\"UserIds\":[7],\"RobloxMetaData\":{\"Tier\":\"x\"},");
        String v = seed(base, List.of(7L), "{\"Tier\":\"x\"}");
        ObjectNode edited = (ObjectNode) coins(base, 3);
        edited.putArray("UserIds").add(8);
        edited.putObject("RobloxMetaData").put("Tier", "y");
        pipeline.save(SaveRequest.normal(REF, base, v, edited, "move"));
        StoredEntry now = source.read(REF).orElseThrow();
        assertThat(now.userIds()).containsExactly(8L);
        assertThat(now.attributesJson()).isEqualTo("{\"Tier\":\"y\"}");
    }

    @Test
    void aValueThatMirrorsTheMetadataIsWhatTheKeyGetsAsTheLibraryWouldWrite() {
        JsonNode base = profile("\"UserIds\":[42],");
        String v = seed(base, List.of(), "{\"Tier\":\"x\"}");
        pipeline.save(SaveRequest.normal(REF, base, v, coins(base, 4), "refund"));
        StoredEntry now = source.read(REF).orElseThrow();
        assertThat(now.userIds()).containsExactly(42L);
        assertThat(now.attributesJson()).as("not mirrored: kept").isEqualTo("{\"Tier\":\"x\"}");
    }

    @Test
    void aNewKeyTakesItsMetadataFromTheValue() {
        JsonNode fresh = profile("\"UserIds\":[5],");
        pipeline.save(new SaveRequest(REF, null, null, fresh, "create", WriteMode.REPLACE_WHOLE, REF.key()));
        assertThat(source.read(REF).orElseThrow().userIds()).containsExactly(5L);
    }
}
