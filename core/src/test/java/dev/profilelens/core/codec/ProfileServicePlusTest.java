package dev.profilelens.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.restore.RestoreBuilder;
import dev.profilelens.core.updates.GlobalUpdates;
import org.junit.jupiter.api.Test;

/** ProfileService Plus as its own dialect: read, validated, transformed and restored in its own shape. */
class ProfileServicePlusTest {

    private static JsonNode vector(String name) {
        return RobloxJson.parse(ExtraVectors.stored(name));
    }

    @Test
    void plusProfileIsAProfileNotCorruptAndUsesItsOwnFieldNames() {
        JsonNode v = vector("psplus-active");
        assertThat(ProfileCodec.classify(v)).isEqualTo(Kind.PROFILE);
        assertThat(ProfileCodec.detectDialect(v)).isEqualTo(Dialect.PROFILESERVICE_PLUS);
        assertThat(ProfileCodec.read(ExtraVectors.stored("psplus-active")).meta().metaTags().path("DataVersion")
                .asInt()).isEqualTo(3);
        assertThat(Dialect.PROFILESERVICE_PLUS.deadLockSeconds()).isEqualTo(1800);
        assertThat(Dialect.fromJsonName("profileservice-plus")).isEqualTo(Dialect.PROFILESERVICE_PLUS);
        assertThat(ProfileCodec.metaNamesOf(v)).isEqualTo(new ProfileCodec.MetaNames("Metadata", "Metatags"));
        assertThat(v.path("Metadata").path("Metatags").path("DataVersion").asInt()).isEqualTo(3);
        assertThat(ProfileCodec.metaNamesOf(RobloxJson.parse("{\"Data\":{},\"MetaData\":{\"MetaTags\":{}}}")))
                .isEqualTo(new ProfileCodec.MetaNames("MetaData", "MetaTags"));
    }

    @Test
    void globalUpdateKeepsThePlusShape() {
        JsonNode out = GlobalUpdates.addActive(vector("psplus-active"), RobloxJson.parse("{\"Gift\":1}"));
        assertThat(out.has("Metadata")).isTrue();
        assertThat(out.has("MetaData")).isFalse();
        assertThat(out.get("Data")).isEqualTo(vector("psplus-active").get("Data"));
        assertThat(out.get("GlobalUpdates").get(0).asInt()).isEqualTo(3);
        assertThat(out.get("WasCorrupted").asBoolean()).isFalse();
    }

    @Test
    void unknownProfileLikeValuesAreNeverReplacedByATransform() {
        for (String name : new String[] {"unknown-both-meta", "unknown-camel-meta", "unknown-meta-renamed"}) {
            JsonNode v = vector(name);
            assertThat(ProfileCodec.classify(v)).as(name).isEqualTo(Kind.UNKNOWN);
            assertThatThrownBy(() -> GlobalUpdates.addActive(v, RobloxJson.parse("{\"Gift\":1}")))
                    .as(name).isInstanceOf(RefusedException.class).hasMessageContaining("no known library");
            assertThatThrownBy(() -> Validator.validateProfile(v)).as(name)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("read-only");
        }
    }

    @Test
    void profileStoreMessageIsRefusedOnAPlusProfile() {
        assertThatThrownBy(() -> GlobalUpdates.message(vector("psplus-released"), RobloxJson.parse("{\"m\":1}")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("ProfileService Plus");
    }

    @Test
    void validatorChecksPlusMetadataUnderItsOwnName() {
        Validator.validateProfile(vector("psplus-released"));
        ObjectNode bad = vector("psplus-released").deepCopy();
        ((ObjectNode) bad.get("Metadata")).put("SessionLoadCount", "nine");
        assertThatThrownBy(() -> Validator.validateProfile(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Metadata.SessionLoadCount")
                .satisfies(e -> assertThat(((InvalidInputException) e).path())
                        .isEqualTo("/Metadata/SessionLoadCount"));
    }

    @Test
    void wholeRestoreKeepsTheCurrentPlusLockAndRefusesToMixDialects() {
        JsonNode current = vector("psplus-active");
        ObjectNode old = vector("psplus-released").deepCopy();
        JsonNode restored = RestoreBuilder.whole(current, old, false);
        assertThat(restored.get("Data")).isEqualTo(old.get("Data"));
        assertThat(restored.path("Metadata").get("ActiveSession"))
                .isEqualTo(current.path("Metadata").get("ActiveSession"));
        assertThat(restored.has("MetaData")).isFalse();
        JsonNode ps = RobloxJson.parse("{\"Data\":{},\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":1,"
                + "\"ActiveSession\":[1,\"j\"],\"MetaTags\":[]},\"GlobalUpdates\":[0,[]]}");
        assertThatThrownBy(() -> RestoreBuilder.whole(ps, old, false)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ProfileService Plus");
    }
}
