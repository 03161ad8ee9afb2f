package dev.profilelens.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.ForwardingAuditLog;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.audit.PendingWrite;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The save use case records a write's intent before writing and its outcome after (issue #23). */
class TwoStepAuditTest {
    private static final long NOW = 1_700_004_000L;
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_1");
    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    private final InMemoryProfileSource source = new InMemoryProfileSource(clock);
    private final AtomicBoolean reachable = new AtomicBoolean(true);
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    /** The log as a team database that can go away: the intent is where a write is refused. */
    private final AuditLog flaky = new ForwardingAuditLog(log) {
        @Override
        public PendingWrite recordIntent(AuditEntry entry) {
            if (!reachable.get()) {
                throw new UnavailableException("The team log is unreachable; nothing was written");
            }
            return super.recordIntent(entry);
        }
    };

    private static JsonNode profile(int coins) {
        return RobloxJson.parse("{\"Data\":{\"Coins\":" + coins + "},\"MetaData\":{\"ProfileCreateTime\":1,"
                + "\"SessionLoadCount\":3,\"MetaTags\":{},\"LastUpdate\":" + (NOW - 60) + "},\"RobloxMetaData\":{},"
                + "\"UserIds\":[],\"GlobalUpdates\":[0,[]],\"WasCorrupted\":false}");
    }

    private static JsonNode withCoins(JsonNode v, int coins) {
        ObjectNode copy = v.deepCopy();
        ((ObjectNode) copy.get("Data")).put("Coins", coins);
        return copy;
    }

    @Test
    void aSaveIsLoggedAsDoneWithItsIntentsAndNothingIsWrittenWhenTheIntentCannotBeRecorded() {
        JsonNode base = profile(10);
        String v1 = source.write(new WriteRequest(REF, RobloxJson.write(base), List.of(), "{}",
                Precondition.none())).version();
        SavePipeline pipeline = new SavePipeline(source, flaky, clock, "alice", "sandbox");

        reachable.set(false);
        assertThatThrownBy(() -> pipeline.save(SaveRequest.normal(REF, base, v1, withCoins(base, 99), "refund")))
                .hasMessageContaining("nothing was written");
        assertThat(source.read(REF).orElseThrow().version()).isEqualTo(v1);
        assertThat(log.query(null, null, 10)).isEmpty();

        reachable.set(true);
        SaveOutcome out = pipeline.save(SaveRequest.normal(REF, base, v1, withCoins(base, 99), "refund"));
        assertThat(out.written()).isTrue();
        AuditEntry e = log.query(null, null, 10).get(0);
        assertThat(e.status()).isEqualTo(AuditStatus.DONE);
        assertThat(e.versionAfter()).isEqualTo(source.read(REF).orElseThrow().version());
        assertThat(e.changes()).isNotEmpty();
        assertThat(e.changes().get(0).path()).isEqualTo("/Data/Coins");
    }
}
