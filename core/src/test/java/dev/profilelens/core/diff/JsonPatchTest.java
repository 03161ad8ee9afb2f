package dev.profilelens.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class JsonPatchTest {

    private static String apply(String patch, String doc) {
        return RobloxJson.writeString(JsonPatch.apply(RobloxJson.parse(patch), RobloxJson.parse(doc)));
    }

    @Test
    void appliesEveryRfc6902Operation() {
        String doc = "{\"a\":{\"b\":1},\"list\":[1,2]}";
        assertThat(apply("[{\"op\":\"add\",\"path\":\"/list/-\",\"value\":3}]", doc))
                .isEqualTo("{\"a\":{\"b\":1},\"list\":[1,2,3]}");
        assertThat(apply("[{\"op\":\"move\",\"from\":\"/a/b\",\"path\":\"/c\"}]", doc))
                .isEqualTo("{\"a\":[],\"list\":[1,2],\"c\":1}");
        assertThat(apply("[{\"op\":\"copy\",\"from\":\"/list\",\"path\":\"/a/copy\"}]", doc))
                .isEqualTo("{\"a\":{\"b\":1,\"copy\":[1,2]},\"list\":[1,2]}");
        assertThat(apply("[{\"op\":\"test\",\"path\":\"/a/b\",\"value\":1},"
                + "{\"op\":\"replace\",\"path\":\"/list/0\",\"value\":9}]", doc))
                .isEqualTo("{\"a\":{\"b\":1},\"list\":[9,2]}");
    }

    @Test
    void aFailingOperationNamesItsIndexAndPathAndLeavesTheInputAlone() {
        JsonNode doc = RobloxJson.parse("{\"a\":1}");
        assertThatThrownBy(() -> JsonPatch.apply(RobloxJson.parse(
                "[{\"op\":\"replace\",\"path\":\"/a\",\"value\":2},{\"op\":\"remove\",\"path\":\"/zzz\"}]"), doc))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("operation 1")
                .hasMessageContaining("/zzz");
        assertThat(doc.get("a").intValue()).isEqualTo(1);
    }

    @Test
    void refusesBadIndicesFailedTestsAndUnknownOperations() {
        assertThatThrownBy(() -> apply("[{\"op\":\"add\",\"path\":\"/5\",\"value\":1}]", "[1]"))
                .hasMessageContaining("out of bounds");
        assertThatThrownBy(() -> apply("[{\"op\":\"remove\",\"path\":\"/x\"}]", "[1]"))
                .hasMessageContaining("not an array index");
        assertThatThrownBy(() -> apply("[{\"op\":\"test\",\"path\":\"/0\",\"value\":2}]", "[1]"))
                .hasMessageContaining("test failed");
        assertThatThrownBy(() -> apply("[{\"op\":\"frob\",\"path\":\"/0\"}]", "[1]"))
                .hasMessageContaining("unknown operation");
    }
}
