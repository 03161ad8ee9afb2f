package dev.profilelens.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** spec/profile-format.md §1.4 (kinds) and cli.md's dialect signs, rule by rule. */
class ClassificationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                                             | missing
            '   '                                                          | missing
            42                                                             | corrupt
            '"text"'                                                       | corrupt
            true                                                           | corrupt
            '["ThisAintRight"]'                                            | corrupt
            '[]'                                                           | corrupt
            '{}'                                                           | corrupt
            '{"Data":{},"MetaData":{}}'                                    | corrupt
            '{"Data":"x","MetaData":{},"GlobalUpdates":[0,[]]}'            | corrupt
            '{"Data":{},"MetaData":5,"GlobalUpdates":[0,[]]}'              | corrupt
            '{"Data":{},"GlobalUpdates":[0,[]]}'                           | corrupt
            '{"MetaData":{},"GlobalUpdates":[0,[]]}'                       | corrupt
            '{"GlobalUpdates":5}'                                          | corrupt
            '{"GlobalUpdates":[0,[]]}'                                     | placeholder
            '{"GlobalUpdates":[0,[]],"Other":1}'                           | placeholder
            '{"Data":[],"MetaData":[],"GlobalUpdates":[]}'                 | profile
            '{"Data":{"a":1},"MetaData":{"x":1},"GlobalUpdates":[1,[]]}'   | profile
            """)
    void kinds(String stored, String kind) {
        ProfileReading r = ProfileCodec.read(stored.getBytes(StandardCharsets.UTF_8));
        assertThat(r.kind().jsonName()).isEqualTo(kind);
        assertThat(r.kind() == Kind.MISSING).isEqualTo(r.root() == null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '{"Data":{},"MetaData":{"ActiveSession":[1,"a","g"]},"GlobalUpdates":[0,[]]}'        | profilestore
            '{"Data":{},"MetaData":{"ActiveSession":[1,"a"]},"GlobalUpdates":[0,[]]}'            | profileservice
            '{"Data":{},"MetaData":{},"GlobalUpdates":[0,[]],"WasOverwritten":false}'             | profilestore
            '{"Data":{},"MetaData":{},"GlobalUpdates":[0,[]],"WasCorrupted":false}'               | profileservice
            '{"Data":{},"MetaData":{},"GlobalUpdates":[0,[]],"WasCorrupted":false,"WasOverwritten":false}' \
                | profilestore
            '{"GlobalUpdates":[1,[[1,{"a":1}]]]}'                                                 | profilestore
            '{"GlobalUpdates":[1,[[1,1,false,{"a":1}]]]}'                                         | profileservice
            '{"Data":{},"MetaData":{"ForceLoadSession":[1,"a"]},"GlobalUpdates":[0,[]]}'          | unknown
            '{"GlobalUpdates":[0,[]]}'                                                            | unknown
            """)
    void dialectSigns(String stored, String dialect) {
        assertThat(ProfileCodec.read(stored.getBytes(StandardCharsets.UTF_8)).dialect())
                .isEqualTo(Dialect.fromJsonName(dialect));
    }
}
