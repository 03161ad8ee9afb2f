package dev.profilelens.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class LoggedWriteTest {
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_1");
    private final InMemoryProfileSource source = new InMemoryProfileSource(java.time.Clock.systemUTC());
    private final InMemoryAuditLog log = new InMemoryAuditLog();

    private static WriteRequest request(String json, Precondition p) {
        return new WriteRequest(REF, json.getBytes(StandardCharsets.UTF_8), List.of(), "{}", p);
    }

    private static AuditEntry entry(String reason) {
        return new AuditEntry(Instant.EPOCH, "ana", "sandbox", "PlayerData", "global", "Player_1", null, "",
                "save", RobloxJson.parse("[]"), reason, AuditStatus.UNCONFIRMED, "", "", "");
    }

    @Test
    void aDoneWriteIsLoggedWithItsNewVersion() {
        WriteResult r = LoggedWrite.write(log, source, request("{\"a\":1}", Precondition.mustNotExist()),
                entry("first"));
        AuditEntry e = log.query(null, null, 10).get(0);
        assertThat(e.status()).isEqualTo(AuditStatus.DONE);
        assertThat(e.versionAfter()).isEqualTo(r.version()).isEqualTo(source.read(REF).orElseThrow().version());
    }

    @Test
    void aConflictIsLoggedAsFailedAndRethrown() {
        LoggedWrite.write(log, source, request("{\"a\":1}", Precondition.mustNotExist()), entry("first"));
        assertThatThrownBy(() -> LoggedWrite.write(log, source, request("{\"a\":2}", Precondition.mustNotExist()),
                entry("second"))).isInstanceOf(VersionConflictException.class);
        assertThat(log.query(null, null, 10)).extracting(AuditEntry::status)
                .containsExactly(AuditStatus.FAILED, AuditStatus.DONE);
    }

    @Test
    void nothingIsWrittenWhenTheIntentCannotBeRecorded() {
        AuditLog unreachable = new AuditLog() {
            @Override
            public void record(AuditEntry entry) {
                throw new UnavailableException("the team log is unreachable; nothing was written");
            }

            @Override
            public List<AuditEntry> query(@Nullable String key, @Nullable Instant since, int limit) {
                return List.of();
            }

            @Override
            public PendingWrite recordIntent(AuditEntry entry) {
                throw new UnavailableException("the team log is unreachable; nothing was written");
            }
        };
        assertThatThrownBy(() -> LoggedWrite.write(unreachable, source, request("{}", Precondition.none()),
                entry("x"))).hasMessageContaining("nothing was written");
        assertThat(source.read(REF)).isEmpty();
    }

    @Test
    void aWriteWhoseOutcomeCannotBeRecordedStaysUnconfirmed() {
        AuditLog forgetful = new ForwardingAuditLog(log) {
            @Override
            public void recordOutcome(PendingWrite pending, AuditStatus outcome, String versionAfter) {
                throw new UnavailableException("connection dropped");
            }
        };
        WriteResult r = LoggedWrite.write(forgetful, source, request("{\"a\":1}", Precondition.none()), entry("x"));
        assertThat(source.read(REF).orElseThrow().version()).isEqualTo(r.version());
        assertThat(log.query(null, null, 10)).singleElement().extracting(AuditEntry::status)
                .isEqualTo(AuditStatus.UNCONFIRMED);
    }
}
