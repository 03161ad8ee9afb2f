package dev.profilelens.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import org.junit.jupiter.api.Test;

class JsonDiffTest {

    private static JsonNode json(String text) {
        return RobloxJson.parse(text);
    }

    private static String diff(String a, String b) {
        return RobloxJson.writeString(JsonDiff.diff(json(a), json(b)));
    }

    @Test
    void equalDocumentsGiveAnEmptyPatchWhateverTheMemberOrderOrNumberSpelling() {
        assertThat(diff("{\"a\":1,\"b\":[1,2]}", "{\"b\":[1,2.0],\"a\":1}")).isEqualTo("[]");
    }

    @Test
    void changedAddedAndRemovedMembersAreNamedByPointer() {
        assertThat(diff("{\"Data\":{\"Coins\":5,\"Old\":true}}", "{\"Data\":{\"Coins\":7,\"New\":\"x\"}}"))
                .isEqualTo("[{\"op\":\"replace\",\"path\":\"/Data/Coins\",\"value\":7},"
                        + "{\"op\":\"remove\",\"path\":\"/Data/Old\"},"
                        + "{\"op\":\"add\",\"path\":\"/Data/New\",\"value\":\"x\"}]");
    }

    @Test
    void keysWithSlashAndTildeAreEscaped() {
        assertThat(diff("{\"a/b\":1,\"c~d\":1}", "{\"a/b\":2,\"c~d\":2}"))
                .isEqualTo("[{\"op\":\"replace\",\"path\":\"/a~1b\",\"value\":2},"
                        + "{\"op\":\"replace\",\"path\":\"/c~0d\",\"value\":2}]");
    }

    @Test
    void anInsertedArrayElementIsOneAddNotAWholeArrayReplacement() {
        String a = "{\"Inventory\":[{\"Id\":\"u1\"},{\"Id\":\"u2\"},{\"Id\":\"u3\"}]}";
        String b = "{\"Inventory\":[{\"Id\":\"u1\"},{\"Id\":\"new\"},{\"Id\":\"u2\"},{\"Id\":\"u3\"}]}";
        assertThat(diff(a, b)).isEqualTo("[{\"op\":\"add\",\"path\":\"/Inventory/1\",\"value\":{\"Id\":\"new\"}}]");
    }

    @Test
    void aRemovedMiddleElementIsOneRemove() {
        assertThat(diff("[1,2,3,4]", "[1,3,4]")).isEqualTo("[{\"op\":\"remove\",\"path\":\"/1\"}]");
    }

    @Test
    void aChangedElementInsideAnArrayIsDiffedInPlace() {
        assertThat(diff("[{\"Id\":\"u1\",\"Count\":1},{\"Id\":\"u2\",\"Count\":1}]",
                "[{\"Id\":\"u1\",\"Count\":1},{\"Id\":\"u2\",\"Count\":4}]"))
                .isEqualTo("[{\"op\":\"replace\",\"path\":\"/1/Count\",\"value\":4}]");
    }

    @Test
    void typeChangesReplaceTheWholeValue() {
        assertThat(diff("{\"a\":[1]}", "{\"a\":{\"x\":1}}"))
                .isEqualTo("[{\"op\":\"replace\",\"path\":\"/a\",\"value\":{\"x\":1}}]");
        assertThat(diff("1", "\"1\"")).isEqualTo("[{\"op\":\"replace\",\"path\":\"\",\"value\":\"1\"}]");
    }

    @Test
    void changedPathsListsEveryTouchedPointer() {
        assertThat(JsonDiff.changedPaths(json("{\"a\":1,\"b\":{\"c\":2}}"), json("{\"a\":2,\"b\":{}}")))
                .containsExactly("/a", "/b/c");
    }
}
