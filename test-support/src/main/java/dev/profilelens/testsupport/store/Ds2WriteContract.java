package dev.profilelens.testsupport.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ds2.Ds2Layout;
import dev.profilelens.core.ds2.Ds2Places;
import dev.profilelens.core.ds2.Ds2Player;
import dev.profilelens.core.ds2.Ds2Reader;
import dev.profilelens.core.ds2.Ds2WriteRequest;
import dev.profilelens.core.ds2.Ds2Writer;
import dev.profilelens.core.ds2.Presence;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.ReplaceValue;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a DataStore2 write must do on every back end (ADR 0180): a connector test returns a fresh standard source and
 * the ordered source of the same place. The player {@code ds2:DATA/12345} (store name with {@code /}) has backups
 * 1..3; the race test has a "game server" save backup 4 between ProfileLens' read and its write.
 */
public abstract class Ds2WriteContract {
    protected static final Ds2Address PLAYER = new Ds2Address("DATA", 12345);
    protected static final Ds2Places PLACES = Ds2Places.of(PLAYER, "global");
    protected ProfileSource standard;
    protected OrderedSource ordered;
    protected final InMemoryAuditLog audit = new InMemoryAuditLog();

    protected abstract ProfileSource newStandard() throws Exception;

    /** The ordered source of the same place as the last {@link #newStandard()}. */
    protected abstract OrderedSource newOrdered() throws Exception;

    @BeforeEach
    void open() throws Exception {
        standard = newStandard();
        ordered = newOrdered();
        for (int n = 1; n <= 3; n++) {
            serverSave(standard, n, "{\"coins\":" + (100 * n) + ",\"inventory\":{\"Sword\":true}}");
        }
    }

    @AfterEach
    void close() {
        standard.close();
        ordered.close();
    }

    /** What OrderedBackups.Set does: standard SetAsync(N, value, {UserId}), then ordered SetAsync(N, N). */
    protected void serverSave(ProfileSource to, long n, String json) {
        to.write(new WriteRequest(PLACES.backup(n), json.getBytes(StandardCharsets.UTF_8), List.of(PLAYER.userId()),
                "{}", Precondition.none()));
        ordered.update(PLACES.ordered(), Long.toString(n), n, true);
    }

    private Ds2Writer writer(ProfileSource s) {
        return new Ds2Writer(s, ordered, audit, Presence.UNKNOWN, Clock.systemUTC(), "tester", "test");
    }

    private static Ds2WriteRequest request(List<Intent> intents, boolean offline) {
        return new Ds2WriteRequest(PLAYER, PLACES, Ds2Layout.AUTO, intents, "support ticket 7", "ds2-edit", offline,
                false);
    }

    private Ds2Player latest() {
        return new Ds2Reader(standard, ordered).read(PLAYER, PLACES, Ds2Layout.AUTO, true);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void withoutTheOfflineStatementNothingIsWrittenAndTheReasonsAreShown() {
        SaveResult r = writer(standard).save(request(List.of(new AddDelta("/coins", RobloxJson.parse("50"))),
                false));
        assertThat(r).isInstanceOf(SaveResult.Refused.class);
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.message()).contains("--offline").contains("last save: ").contains("backup 3")
                .contains("presence: not available");
        assertThat(standard.read(PLACES.backup(4))).isEmpty();
        assertThat(ordered.get(PLACES.ordered(), "4")).isEmpty();
        assertThat(audit.query(null, null, 10)).isEmpty();
    }

    @Test
    void anOfflineEditLandsAsBackupNPlusOneThatTheGameLoadsNext() {
        SaveResult r = writer(standard).save(request(List.of(new AddDelta("/coins", RobloxJson.parse("50"))), true));
        assertThat(r).isInstanceOf(SaveResult.Written.class);
        assertThat(((SaveResult.Written) r).versionAfter()).isEqualTo("4");
        assertThat(ordered.list(PLACES.ordered(), OrderedQuery.descendingOrder(), null, 1).items())
                .containsExactly(new OrderedEntry("4", 4));
        assertThat(text(standard.read(PLACES.backup(4)).orElseThrow().value()))
                .isEqualTo("{\"coins\":350,\"inventory\":{\"Sword\":true}}");
        assertThat(standard.read(PLACES.backup(4)).orElseThrow().userIds()).containsExactly(12345L);
        assertThat(text(standard.read(PLACES.backup(3)).orElseThrow().value())).contains("\"coins\":300");
        Ds2Player p = latest();
        assertThat(p.latestBackup()).isEqualTo(4);
        assertThat(p.unindexed()).isNull();
        List<AuditEntry> log = audit.query(null, null, 10);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).status()).isEqualTo(AuditStatus.DONE);
        assertThat(log.get(0).store()).isEqualTo("DATA/12345");
        assertThat(log.get(0).key()).isEqualTo("4");
    }

    @Test
    void aRestoreIsTheSameRecipeWithAnOlderValue() {
        byte[] old = standard.read(PLACES.backup(1)).orElseThrow().value();
        SaveResult r = writer(standard).save(new Ds2WriteRequest(PLAYER, PLACES, Ds2Layout.AUTO,
                List.of(new ReplaceValue(RobloxJson.parse(old))), "rollback", "ds2-restore", true, false));
        assertThat(r).isInstanceOf(SaveResult.Written.class);
        assertThat(latest().latestBackup()).isEqualTo(4);
        assertThat(java.util.Objects.requireNonNull(latest().latest()).value()).isEqualTo(old);
    }

    @Test
    void aServerSavingBetweenReadAndWriteStopsTheWriteWithNothingHalfWritten() {
        AtomicBoolean raced = new AtomicBoolean();
        ProfileSource racing = new ForwardingProfileSource(standard) {
            @Override
            public WriteResult write(WriteRequest request) {
                if (raced.compareAndSet(false, true)) {
                    serverSave(delegate(), 4, "{\"coins\":999,\"inventory\":{\"Sword\":true}}");
                }
                return super.write(request);
            }
        };
        List<Intent> edit = List.of(new AddDelta("/coins", RobloxJson.parse("50")));
        SaveResult r = writer(racing).save(request(edit, true));
        assertThat(raced).isTrue();
        assertThat(r).isInstanceOf(SaveResult.Conflict.class);
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.message()).contains("server saved").contains("edit is kept");
        SaveResult.Conflict c = (SaveResult.Conflict) r;
        assertThat(c.theirsVersion()).isEqualTo("4");
        assertThat(java.util.Objects.requireNonNull(c.theirs()).get("coins").asLong()).isEqualTo(999);
        // the server's save is intact, nothing of ours was written
        assertThat(text(standard.read(PLACES.backup(4)).orElseThrow().value())).contains("999");
        assertThat(standard.read(PLACES.backup(5))).isEmpty();
        assertThat(ordered.get(PLACES.ordered(), "5")).isEmpty();
        assertThat(audit.query(null, null, 10)).allMatch(e -> e.status() == AuditStatus.FAILED);
        // the edit is kept: the same intents apply to the new latest once the player is offline
        SaveResult again = writer(standard).save(request(edit, true));
        assertThat(again).isInstanceOf(SaveResult.Written.class);
        assertThat(text(standard.read(PLACES.backup(5)).orElseThrow().value())).contains("\"coins\":1049");
    }

    @Test
    void aValueDataStore2WouldRefuseIsNotWritten() {
        SaveResult r = writer(standard).save(request(List.of(new ReplaceValue(RobloxJson.parse(
                "{\"items\":{\"1\":\"a\",\"3\":\"b\"}}"))), true));
        assertThat(r).isInstanceOf(SaveResult.Invalid.class);
        assertThat(((SaveResult.Invalid) r).path()).isEqualTo("/items");
        assertThat(standard.read(PLACES.backup(4))).isEmpty();
    }

    @Test
    void anUnindexedNewestSaveMakesThePlayerReadOnly() {
        standard.write(new WriteRequest(PLACES.backup(4), "{\"coins\":7}".getBytes(StandardCharsets.UTF_8),
                List.of(PLAYER.userId()), "{}", Precondition.none()));
        SaveResult r = writer(standard).save(request(List.of(new AddDelta("/coins", RobloxJson.parse("1"))), true));
        assertThat(r).isInstanceOf(SaveResult.Refused.class);
        assertThat(r.message()).contains("not indexed");
        assertThat(ordered.get(PLACES.ordered(), "4")).isEmpty();
        assertThat(text(standard.read(PLACES.backup(4)).orElseThrow().value())).isEqualTo("{\"coins\":7}");
    }

    @Test
    void theStandardLayoutWritesConditionallyAndKeepsUserIds() {
        EntryRef std = PLACES.standard();
        standard.write(new WriteRequest(std, "{\"coins\":5}".getBytes(StandardCharsets.UTF_8), List.of(12345L, 7L),
                "{\"a\":1}", Precondition.none()));
        SaveResult r = writer(standard).save(new Ds2WriteRequest(PLAYER, PLACES, Ds2Layout.STANDARD,
                List.of(new AddDelta("/coins", RobloxJson.parse("5"))), "fix", "ds2-edit", true, false));
        assertThat(r).isInstanceOf(SaveResult.Written.class);
        var now = standard.read(std).orElseThrow();
        assertThat(text(now.value())).isEqualTo("{\"coins\":10}");
        assertThat(now.userIds()).containsExactly(12345L, 7L);
        assertThat(RobloxJson.parse(now.attributesJson()).get("a").asInt()).isEqualTo(1);
        assertThat(ordered.get(PLACES.ordered(), "4")).isEmpty();
    }

    /** The ordered store of the player, for subclasses' own checks. */
    protected static OrderedStoreRef backups() {
        return PLACES.ordered();
    }
}
