package dev.profilelens.core.codec;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validation names the JSON path of the first offending place. */
class ValidatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            '{"Data":{"x":NaN}}'                                 | /Data/x       | NaN
            '{"Data":{"x":[1,-Infinity]}}'                       | /Data/x/1     | infinite
            '{"Data":{"big":1e400}}'                             | /Data/big     | beyond the range
            '{"Data":{"a/b":{"c":null}}}'                        | /Data/a~1b/c  | nil
            '{"Data":[1,null,3]}'                                | /Data/1       | sparse
            '{"UserIds":[1,2,3,4,5]}'                            | /UserIds      | at most 4
            '{"UserIds":[1.5]}'                                  | /UserIds/0    | integers
            '{"RobloxMetaData":["a"]}'                           | /RobloxMetaData | string keys
            """)
    void namesThePath(String json, String path, String words) {
        assertThatThrownBy(() -> Validator.validateStored(RobloxJson.parse(json)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.path()).isEqualTo(path);
                    org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains(words);
                });
    }

    @Test
    void robloxMetaDataMustStayUnder300Bytes() {
        // {"k":"xxx..."} is 8 bytes + the string: 291 x's make 299 bytes (allowed), 292 make 300 (refused)
        assertThatCode(() -> Validator.validateStored(RobloxJson.parse("{\"RobloxMetaData\":{\"k\":\""
                + "x".repeat(291) + "\"}}"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> Validator.validateStored(RobloxJson.parse("{\"RobloxMetaData\":{\"k\":\""
                + "x".repeat(292) + "\"}}"))).hasMessageContaining("fewer than 300");
    }

    @Test
    void sizeLimitIsTheEncodedSize() {
        String ok = "\"" + "a".repeat(4_194_302) + "\"";
        assertThatCode(() -> Validator.validateStored(RobloxJson.parse(ok))).doesNotThrowAnyException();
        String over = "\"" + "a".repeat(4_194_303) + "\"";
        assertThatThrownBy(() -> Validator.validateStored(RobloxJson.parse(over)))
                .hasMessageContaining("4194304");
    }

    @Test
    void profileShapeIsCheckedBeforeWriting() {
        assertThatCode(() -> Validator.validateProfile(RobloxJson.parse(new String(
                SharedVectors.stored("ps-locked-force-load"), java.nio.charset.StandardCharsets.UTF_8))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Validator.validateProfile(RobloxJson.parse(
                "{\"Data\":{},\"MetaData\":{\"ProfileCreateTime\":1},\"GlobalUpdates\":[0,[]]}")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.path())
                                .isEqualTo("/MetaData/SessionLoadCount"));
        assertThatThrownBy(() -> Validator.validateProfile(RobloxJson.parse("{\"Data\":{},\"MetaData\":{}}")))
                .hasMessageContaining("reads as corrupt");
        assertThatThrownBy(() -> Validator.validateProfile(RobloxJson.parse("{\"Data\":{},\"MetaData\":"
                + "{\"ProfileCreateTime\":1,\"SessionLoadCount\":1,\"ActiveSession\":[1]},\"GlobalUpdates\":[0,[]]}")))
                .hasMessageContaining("ActiveSession");
    }
}
