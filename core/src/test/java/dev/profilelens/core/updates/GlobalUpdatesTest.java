package dev.profilelens.core.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.model.Mailbox;
import org.junit.jupiter.api.Test;

/** spec §5: id counter, version bumps, locked updates immutable, PSt queue bound, flags per dialect. */
class GlobalUpdatesTest {
    private static final JsonNode GIFT = RobloxJson.parse("{\"Type\":\"Gift\"}");
    private static final String PROFILE = "{\"Data\":{\"Coins\":1},\"MetaData\":{\"ProfileCreateTime\":1,"
            + "\"SessionLoadCount\":1,\"MetaTags\":[]},\"GlobalUpdates\":[7,[[7,3,true,{\"x\":1}]]]}";

    @Test
    void idsComeFromTheCounterAndAreNeverReused() {
        JsonNode v = GlobalUpdates.addActive(null, GIFT);
        v = GlobalUpdates.addActive(v, GIFT);
        v = GlobalUpdates.clearActive(v, 2);
        v = GlobalUpdates.addActive(v, GIFT);
        Mailbox box = ProfileCodec.readMailbox(v.get("GlobalUpdates"));
        assertThat(box.index()).isEqualTo(3);
        assertThat(box.active()).extracting(u -> u.id()).containsExactly(1L, 3L);
    }

    @Test
    void changeBumpsTheVersionAndKeepsTheId() {
        JsonNode v = GlobalUpdates.addActive(null, GIFT);
        v = GlobalUpdates.changeActive(v, 1, RobloxJson.parse("{\"Type\":\"Other\"}"));
        v = GlobalUpdates.changeActive(v, 1, RobloxJson.parse("{\"Type\":\"Third\"}"));
        Mailbox box = ProfileCodec.readMailbox(v.get("GlobalUpdates"));
        assertThat(box.active()).singleElement().satisfies(u -> {
            assertThat(u.version()).isEqualTo(3);
            assertThat(u.data().get("Type").asText()).isEqualTo("Third");
        });
    }

    @Test
    void lockedUpdatesCannotBeChangedOrClearedAndUnknownIdsAreRefused() {
        JsonNode v = RobloxJson.parse(PROFILE);
        assertThatThrownBy(() -> GlobalUpdates.clearActive(v, 7)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("locked");
        assertThatThrownBy(() -> GlobalUpdates.changeActive(v, 7, GIFT)).hasMessageContaining("locked");
        assertThatThrownBy(() -> GlobalUpdates.clearActive(v, 8)).hasMessageContaining("no global update with id 8");
        assertThatThrownBy(() -> GlobalUpdates.addActive(v, RobloxJson.parse("\"x\"")))
                .hasMessageContaining("must be a table");
        assertThatThrownBy(() -> GlobalUpdates.message(v, RobloxJson.parse("5"))).hasMessageContaining("table");
    }

    @Test
    void profileKeepsEverythingAndGetsItsDialectsFlag() {
        JsonNode ps = GlobalUpdates.addActive(RobloxJson.parse(PROFILE), GIFT);
        assertThat(ps.get("WasCorrupted").booleanValue()).isFalse();
        assertThat(ps.has("WasOverwritten")).isFalse();
        assertThat(ps.get("Data")).isEqualTo(RobloxJson.parse(PROFILE).get("Data"));
        JsonNode pst = GlobalUpdates.message(RobloxJson.parse(PROFILE), GIFT);
        assertThat(pst.get("WasOverwritten").booleanValue()).isFalse();
        assertThat(pst.has("WasCorrupted")).isFalse();
    }

    @Test
    void placeholderIsRebuiltWithOnlyItsMailbox() {
        JsonNode v = GlobalUpdates.message(RobloxJson.parse("{\"GlobalUpdates\":[1,[[1,{}]]],\"WasOverwritten\":true,"
                + "\"Stray\":1}"), GIFT);
        assertThat(RobloxJson.writeString(v)).isEqualTo("{\"GlobalUpdates\":[2,[[1,[]],[2,{\"Type\":\"Gift\"}]]]}");
    }

    @Test
    void corruptValueIsReplacedAndFlaggedEvenIfItHadAMailbox() {
        JsonNode v = GlobalUpdates.addActive(RobloxJson.parse("{\"Data\":\"x\",\"MetaData\":{},"
                + "\"GlobalUpdates\":[3,[[3,1,false,{}]]]}"), GIFT);
        assertThat(RobloxJson.writeString(v))
                .isEqualTo("{\"GlobalUpdates\":[1,[[1,1,false,{\"Type\":\"Gift\"}]]],\"WasCorrupted\":true}");
    }

    @Test
    void profileStoreKeepsTheNewest1000Messages() {
        JsonNode v = null;
        for (int i = 0; i < 1005; i++) {
            v = GlobalUpdates.message(v, GIFT);
        }
        Mailbox box = ProfileCodec.readMailbox(v.get("GlobalUpdates"));
        assertThat(box.index()).isEqualTo(1005);
        assertThat(box.messages()).hasSize(GlobalUpdates.MAX_MESSAGE_QUEUE);
        assertThat(box.messages().get(0).id()).isEqualTo(6);
    }

    @Test
    void malformedMailboxOnAProfileIsRefused() {
        JsonNode v = RobloxJson.parse("{\"Data\":{},\"MetaData\":{},\"GlobalUpdates\":{\"a\":1}}");
        assertThatThrownBy(() -> GlobalUpdates.addActive(v, GIFT)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("/GlobalUpdates");
    }
}
