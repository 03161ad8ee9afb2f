package dev.profilelens.core.edit.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Typed paths with item steps become intent pointers; malformed steps are refused naming them. */
class PathTextTest {
    @Test
    void itemStepsAreWrittenPlainlyAndEscapedForThePointer() {
        assertThat(PathText.pointer("/Data/Coins", "--add")).isEqualTo("/Data/Coins");
        assertThat(PathText.pointer("/Data/Inventory/[Id=\"a/1\"]/Count", "--add"))
                .isEqualTo("/Data/Inventory/[Id=\"a~11\"]/Count");
        assertThat(PathText.pointer("/Data/Pets/[Slot=3]/Toys/[Guid=\"x]y\"]", "--add"))
                .isEqualTo("/Data/Pets/[Slot=3]/Toys/[Guid=\"x]y\"]");
        assertThat(PathText.pointer("/Data/a~1b/[Id=true]", "--add")).isEqualTo("/Data/a~1b/[Id=true]");
    }

    @Test
    void theValueSeparatorIsTheFirstEqualsOutsideItemSteps() {
        assertThat(PathText.valueSeparator("/Data/Inventory/[Id=\"a=b\"]/Count=5")).isEqualTo(32);
        assertThat(PathText.valueSeparator("/Data/Coins=5")).isEqualTo(11);
        assertThat(PathText.valueSeparator("/Data/Coins")).isEqualTo(-1);
    }

    @Test
    void malformedStepsAreRefusedNamingTheStep() {
        assertThatThrownBy(() -> PathText.pointer("/Data/Inventory/[Id=a1]/Count", "--set"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--set")
                .hasMessageContaining("[Id=a1]").hasMessageContaining("not JSON");
        assertThatThrownBy(() -> PathText.pointer("/Data/Inventory/[Id=\"a\"", "--set"))
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> PathText.pointer("/Data/Inventory/[Id=\"a\"]x/Count", "--set"))
                .hasMessageContaining("expected '/' after the item step [Id=\"a\"]");
        assertThatThrownBy(() -> PathText.pointer("/Data/Inventory/[1a=2]", "--set"))
                .hasMessageContaining("must be [FIELD=JSON]");
        assertThatThrownBy(() -> PathText.pointer("/Data/Inventory/[Id=null]", "--set"))
                .hasMessageContaining("string, number or boolean");
        assertThatThrownBy(() -> PathText.pointer("Data/Coins", "--set")).hasMessageContaining("start with '/'");
    }

    @Test
    void intentTextTakesItemStepsAndRemoveOfAnItemStepRemovesThatItem() {
        var value = RobloxJson.parse("{\"Data\":{\"Inventory\":[{\"Id\":\"x\",\"N\":1},{\"Id\":\"a=b\",\"N\":2}]}}");
        List<Intent> intents = IntentText.lines("add /Data/Inventory/[Id=\"a=b\"]/N=3\n"
                + "remove /Data/Inventory/[Id=\"x\"]");
        assertThat(intents.get(1)).isInstanceOf(RemoveItem.class);
        assertThat(Intents.apply(value, intents).value().at("/Data/Inventory").toString())
                .isEqualTo("[{\"Id\":\"a=b\",\"N\":5}]");
    }

    @Test
    void aStepThatMatchesNothingOrSeveralSaysSoWhenApplied() {
        var value = RobloxJson.parse("{\"Data\":{\"Inv\":[{\"Id\":\"t\"},{\"Id\":\"t\"}]}}");
        assertThatThrownBy(() -> Intents.apply(value, List.of(IntentText.one("set", "/Data/Inv/[Id=\"q\"]/N=1",
                "--set")))).isInstanceOf(IntentFailedException.class)
                .hasMessageContaining("no item of /Data/Inv has Id=\"q\"");
        assertThatThrownBy(() -> Intents.apply(value, List.of(IntentText.one("add", "/Data/Inv/[Id=\"t\"]/N=1",
                "--add")))).isInstanceOf(IntentFailedException.class)
                .hasMessageContaining("2 items of /Data/Inv have Id=\"t\"");
    }
}
