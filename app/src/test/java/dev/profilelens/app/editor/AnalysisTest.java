package dev.profilelens.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.testsupport.store.TestProviders;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisTest {
    private static final String PROFILE = "{\"Data\":{\"Coins\":5,\"Items\":[\"a\"]},"
            + "\"MetaData\":{\"ProfileCreateTime\":1,"
            + "\"SessionLoadCount\":2,\"MetaTags\":{\"DataVersion\":1},\"LastUpdate\":3},\"RobloxMetaData\":[],"
            + "\"UserIds\":[1],\"GlobalUpdates\":[0,[]],\"WasCorrupted\":false}";

    private static EditTarget target() {
        ConnectionSession s = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX,
                new InMemoryProfileSource(java.time.Clock.systemUTC()));
        return new EditTarget(s, EntryRef.of("PlayerData", "Player_1"), RobloxJson.parse(PROFILE), "v1",
                Kind.PROFILE, new LockState(dev.profilelens.core.lock.LockStatus.FREE, null, null, null, 1800));
    }

    @Test
    void dataAndMetaTagsEditsBecomeTheWholeValueWithTheirChangedPaths() {
        EditTarget t = target();
        Analysis a = Analysis.of(t, "{\"Data\":{\"Coins\":9,\"Items\":[\"a\"]},\"MetaTags\":{\"DataVersion\":2}}");
        assertThat(a.problem()).isNull();
        assertThat(a.changes()).as("a number typed in the text is a delta on the value as read")
                .containsExactlyInAnyOrder("/Data/Coins +4 (was 5)", "/MetaData/MetaTags/DataVersion tag 2 (was 1)");
        assertThat(a.edited().path("UserIds").get(0).asInt()).as("the rest is kept").isEqualTo(1);
        assertThat(Analysis.of(t, t.text()).changes())
                .as("the text as opened changes nothing").isEmpty();
    }

    @Test
    void problemsSayWhereAndNothingIsOfferedForSaving() {
        EditTarget t = target();
        Analysis syntax = Analysis.of(t, "{\n\"Data\": {,\n}");
        assertThat(syntax.line()).isEqualTo(2);
        assertThat(syntax.column()).isPositive();
        assertThat(syntax.edited()).isNull();
        assertThat(Analysis.of(t, "{\"Data\":{\"Coins\":NaN},\"MetaTags\":{}}").problem()).contains("/Data/Coins");
        assertThat(Analysis.of(t, "{\"Data\":{},\"MetaTags\":{},\"UserIds\":[]}").problem()).contains("UserIds");
        assertThat(Analysis.of(t, "{\"Data\":{}}").problem()).contains("MetaTags");
    }

    @Test
    void explicitIntentsAndChoicesBecomeWhatSaveSendsWithOldAndNewValues() {
        EditTarget t = target();
        var tag = dev.profilelens.core.edit.intent.SetTag.of("Vip", RobloxJson.parse("true"));
        EditChoices c = EditChoices.NONE.plus(tag).setting("/Data/Coins", true);
        Analysis a = Analysis.of(t, t.text(),
                "{\"Data\":{\"Coins\":9,\"Items\":[\"a\"]},\"MetaTags\":{\"DataVersion\":1}}", c);
        assertThat(a.changes()).as("the delta switched to a guarded set, the explicit tag after the text's intents")
                .containsExactly("/Data/Coins set 9 (was 5)", "/MetaData/MetaTags/Vip tag true (was (absent))");
        assertThat(a.pending()).extracting(SaveDialog::line)
                .containsExactly("/Data/Coins  set 9  5 → 9", "/MetaData/MetaTags/Vip  tag true  (absent) → true");
        Analysis kept = Analysis.of(t, t.text(), t.text(),
                c.resolving(Map.of("/MetaData/MetaTags/Vip", java.util.Optional.empty())));
        assertThat(kept.intents()).as("keep theirs drops my intent on that path").isEmpty();
        Analysis bad = Analysis.of(t, t.text(), t.text(), EditChoices.NONE.plus(
                dev.profilelens.core.edit.intent.AddDelta.of("/Data/Gone", 5)));
        assertThat(bad.problem()).as("an explicit intent that cannot apply is named").contains("/Data/Gone");
    }
}
