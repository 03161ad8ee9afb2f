package dev.profilelens.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.codec.RobloxJson;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static MergeResult merge(String base, String mine, String theirs) {
        return ThreeWayMerge.merge(RobloxJson.parse(base), RobloxJson.parse(mine), RobloxJson.parse(theirs));
    }

    @Test
    void nonOverlappingChangesBothLand() {
        MergeResult r = merge("{\"Data\":{\"Coins\":5,\"Gems\":1}}",
                "{\"Data\":{\"Coins\":50,\"Gems\":1}}",
                "{\"Data\":{\"Coins\":5,\"Gems\":2,\"Level\":3}}");
        assertThat(r.clean()).isTrue();
        assertThat(RobloxJson.writeString(r.merged())).isEqualTo("{\"Data\":{\"Coins\":50,\"Gems\":2,\"Level\":3}}");
    }

    @Test
    void bothChangingOneValueDifferentlyIsAConflictWithAllThreeValuesAndTheirsKept() {
        MergeResult r = merge("{\"Data\":{\"Coins\":5}}", "{\"Data\":{\"Coins\":50}}", "{\"Data\":{\"Coins\":7}}");
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("/Data/Coins");
            assertThat(c.base().intValue()).isEqualTo(5);
            assertThat(c.mine().intValue()).isEqualTo(50);
            assertThat(c.theirs().intValue()).isEqualTo(7);
        });
        assertThat(r.merged().at("/Data/Coins").intValue()).isEqualTo(7);
    }

    @Test
    void removingAMemberTheOtherSideChangedIsAConflict() {
        MergeResult r = merge("{\"a\":1,\"b\":1}", "{\"b\":1}", "{\"a\":2,\"b\":1}");
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("/a");
            assertThat(c.mine()).isNull();
        });
    }

    @Test
    void itemsAddedToAnInventoryOnBothSidesAllSurviveOnce() {
        MergeResult r = merge("{\"Inv\":[\"u1\",\"u2\"]}",
                "{\"Inv\":[\"u1\",\"u2\",\"gift\",\"same\"]}",
                "{\"Inv\":[\"u1\",\"u2\",\"loot\",\"same\"]}");
        assertThat(r.clean()).isTrue();
        assertThat(RobloxJson.writeString(r.merged()))
                .isEqualTo("{\"Inv\":[\"u1\",\"u2\",\"loot\",\"same\",\"gift\"]}");
    }

    @Test
    void anElementOneSideRemovedWhileTheOtherChangedIsAConflict() {
        MergeResult r = merge("[{\"Id\":1,\"N\":1},{\"Id\":2,\"N\":1},{\"Id\":3,\"N\":1}]",
                "[{\"Id\":1,\"N\":1},{\"Id\":3,\"N\":1}]",
                "[{\"Id\":1,\"N\":1},{\"Id\":2,\"N\":9},{\"Id\":3,\"N\":1},{\"Id\":4,\"N\":1}]");
        assertThat(r.conflictPaths()).containsExactly("/1");
        assertThat(r.conflicts().get(0).mine()).isNull();
    }

    @Test
    void changesInsideDifferentElementsOfAGrowingArrayMerge() {
        MergeResult r = merge("[{\"N\":1},{\"N\":1}]", "[{\"N\":2},{\"N\":1}]", "[{\"N\":1},{\"N\":1},{\"N\":3}]");
        assertThat(r.clean()).isTrue();
        assertThat(RobloxJson.writeString(r.merged())).isEqualTo("[{\"N\":2},{\"N\":1},{\"N\":3}]");
    }
}
