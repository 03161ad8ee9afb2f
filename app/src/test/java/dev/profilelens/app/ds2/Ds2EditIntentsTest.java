package dev.profilelens.app.ds2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.IntentDiff;
import dev.profilelens.core.edit.intent.Intents;
import dev.profilelens.core.edit.intent.ReplaceValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A DataStore2 edit in the window is intents on the value it started from, re-applied to the newest backup. */
class Ds2EditIntentsTest {
    private static final String BASE = "{\"coins\":10,\"items\":[\"sword\",\"shield\"],\"level\":3}";

    @Test
    void aTypedNumberIsADeltaAndAnAddedItemAnAppendSoAServersNewerBackupIsKept() {
        List<Intent> intents = Ds2PlayerViewModel.intents(BASE,
                RobloxJson.parse("{\"coins\":15,\"items\":[\"sword\",\"shield\",\"bow\"],\"level\":3}"),
                IntentDiff.Numbers.DELTA);
        assertThat(intents).extracting(i -> i.path() + " " + i.describe())
                .anySatisfy(d -> assertThat(d).contains("/coins +5")).noneMatch(d -> d.contains("/level"));
        // the game saved meanwhile: more coins, another item
        var newer = RobloxJson.parse("{\"coins\":40,\"items\":[\"sword\",\"shield\",\"axe\"],\"level\":4}");
        var applied = Intents.apply(newer, intents).value();
        assertThat(applied.get("coins").asLong()).isEqualTo(45);
        assertThat(applied.get("level").asInt()).as("the game's change is kept").isEqualTo(4);
        assertThat(applied.get("items").toString()).contains("axe").contains("bow");
    }

    @Test
    void aRestoredValueSetsGuardedValuesAndWithoutABaseTheWholeValueIsReplaced() {
        List<Intent> restore = Ds2PlayerViewModel.intents(BASE, RobloxJson.parse(
                "{\"coins\":7,\"items\":[\"sword\",\"shield\"],\"level\":3}"), IntentDiff.Numbers.SET);
        assertThat(restore).extracting(i -> i.path() + " " + i.describe()).singleElement().asString().contains("/coins")
                .doesNotContain("+");
        assertThat(Ds2PlayerViewModel.intents(null, RobloxJson.parse("{\"coins\":1}"), IntentDiff.Numbers.DELTA))
                .singleElement().isInstanceOf(ReplaceValue.class);
    }
}
