package dev.profilelens.core.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.SaveUseCase;
import dev.profilelens.core.edit.intent.Change;
import dev.profilelens.core.edit.intent.SetValue;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Restore and revert: a preview of value now → value after, then guarded sets through the save use case. */
class HistoryUseCaseTest {
    private static final long NOW = 1_700_004_000L;
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_X");
    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    private final InMemoryProfileSource store = new InMemoryProfileSource(clock);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final HistoryUseCase history = new HistoryUseCase(store, new SaveUseCase(store, audit, clock, "ana",
            "sandbox"));

    private static ObjectNode profile(long coins, long gems, String lock) {
        return (ObjectNode) RobloxJson.parse("{\"Data\":{\"Coins\":" + coins + ",\"Gems\":" + gems + "},\"MetaData\":{"
                + "\"ProfileCreateTime\":1,\"SessionLoadCount\":3," + lock + "\"MetaTags\":{},\"LastUpdate\":"
                + (NOW - 20) + "},\"GlobalUpdates\":[0,[]],\"UserIds\":[7]}");
    }

    private String put(JsonNode v) {
        return store.write(new WriteRequest(REF, RobloxJson.write(v), List.of(7L), "{}", Precondition.none()))
                .version();
    }

    private JsonNode stored() {
        return RobloxJson.parse(store.read(REF).orElseThrow().value());
    }

    @Test
    void aRestorePreviewShowsTheValueNowAndTheRestoredValuePerPathAndWritesNothing() {
        String v1 = put(profile(109_191, 5, ""));
        String v2 = put(profile(109_995, 5, ""));
        HistoryPlan plan = history.restore(REF, v1, List.of("/Data/Coins"), false);
        assertThat(plan.changes()).extracting(Change::describe)
                .containsExactly("/Data/Coins set 109191 (109995 → 109191)");
        assertThat(plan.intents()).singleElement().isInstanceOf(SetValue.class);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.currentVersion()).isEqualTo(v2);
        assertThat(store.read(REF).orElseThrow().version()).as("a preview writes nothing").isEqualTo(v2);
    }

    @Test
    void aRestoreKeepsWhatAServerChangedElsewhereAndIsAuditedAsRestoreWithTheValues() {
        String v1 = put(profile(100, 5, ""));
        put(profile(900, 5, ""));
        HistoryPlan plan = history.restore(REF, v1, List.of(), false);
        put(profile(900, 77, "")); // a server saves Gems after the preview
        SaveResult r = history.apply(plan, "ticket 9", null, false);
        assertThat(r).isInstanceOf(SaveResult.Written.class);
        assertThat(stored().at("/Data/Coins").asLong()).isEqualTo(100);
        assertThat(stored().at("/Data/Gems").asLong()).as("the server's change is kept").isEqualTo(77);
        AuditEntry e = audit.query(REF.key(), null, 1).get(0);
        assertThat(e.action()).isEqualTo("restore");
        assertThat(e.reason()).isEqualTo("ticket 9 (restore of version " + v1 + ")");
        assertThat(e.changes()).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("/Data/Coins");
            assertThat(c.before().asLong()).isEqualTo(900);
            assertThat(c.after().asLong()).isEqualTo(100);
        });
    }

    @Test
    void aRestoredPathSomeoneChangedAfterThePreviewIsAConflictAndNothingIsWritten() {
        String v1 = put(profile(100, 5, ""));
        put(profile(900, 5, ""));
        HistoryPlan plan = history.restore(REF, v1, List.of("/Data/Coins"), false);
        String theirs = put(profile(2_036, 5, ""));
        SaveResult r = history.apply(plan, "ticket", null, false);
        assertThat(r).isInstanceOf(SaveResult.Conflict.class);
        assertThat(store.read(REF).orElseThrow().version()).isEqualTo(theirs);
        assertThat(stored().at("/Data/Coins").asLong()).isEqualTo(2_036);
    }

    @Test
    void aRevertPutsBackOnlyWhatTheWriteChangedAndShowsItFirst() {
        String before = put(profile(109_191, 5, ""));
        String after = put(profile(109_995, 5, ""));
        put(profile(109_995, 40, "")); // a later, unrelated change
        HistoryPlan plan = history.revert(REF, before, after);
        assertThat(plan.action()).isEqualTo("revert");
        assertThat(plan.changes()).extracting(Change::describe)
                .containsExactly("/Data/Coins set 109191 (109995 → 109191)");
        assertThat(history.apply(plan, "undo", null, false)).isInstanceOf(SaveResult.Written.class);
        assertThat(stored().at("/Data/Coins").asLong()).isEqualTo(109_191);
        assertThat(stored().at("/Data/Gems").asLong()).isEqualTo(40);
        assertThat(audit.query(REF.key(), null, 1).get(0).action()).isEqualTo("revert");
    }

    @Test
    void aRevertOfAPathChangedSinceIsShownAsAProblemAndTheLiveLockRefuses() {
        String before = put(profile(1, 5, ""));
        String after = put(profile(2, 5, ""));
        put(profile(3, 5, ""));
        assertThat(history.revert(REF, before, after).problems()).singleElement().asString()
                .contains("/Data/Coins");
        String b2 = put(profile(3, 5, ""));
        String a2 = put(profile(4, 5, "\"ActiveSession\":[1,\"job\"],"));
        HistoryPlan live = history.revert(REF, b2, a2);
        assertThat(history.apply(live, "undo", null, false)).isInstanceOf(SaveResult.Refused.class);
        assertThat(store.read(REF).orElseThrow().version()).isEqualTo(a2);
    }

    @Test
    void anUnknownVersionNamesItself() {
        put(profile(1, 5, ""));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.restore(REF, "nope", List.of(), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no readable version nope");
    }
}
