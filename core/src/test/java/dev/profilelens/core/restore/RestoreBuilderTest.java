package dev.profilelens.core.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.JsonDiff;
import dev.profilelens.core.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestoreBuilderTest {
    private static final JsonNode OLD = RobloxJson.parse("""
            {"Data":{"Coins":100,"Inventory":["Sword"],"Pet":{"Name":"Rex","Level":3}},
             "MetaData":{"ProfileCreateTime":1699990000,"SessionLoadCount":5,
                         "ActiveSession":[1818,"old-job"],"MetaTags":{"DataVersion":1},"LastUpdate":1700000000},
             "RobloxMetaData":[],"UserIds":[1],"GlobalUpdates":[2,[[1,1,true,{"Gift":"Old"}],[2,1,false,{}]]],
             "WasCorrupted":false}""");
    private static final JsonNode CURRENT = RobloxJson.parse("""
            {"Data":{"Coins":5,"Inventory":["Sword","Bow"],"Quest":7,"Pet":{"Name":"Rex","Level":9}},
             "MetaData":{"ProfileCreateTime":1699990000,"SessionLoadCount":9,
                         "MetaTags":{"DataVersion":2,"Migrated":true},"LastUpdate":1700090000},
             "RobloxMetaData":[],"UserIds":[1],"GlobalUpdates":[4,[[4,1,false,{"Gift":"New"}]]],
             "WasCorrupted":false}""");

    @Test
    void fieldLevelRestoreChangesOnlyTheChosenPaths() {
        JsonNode out = RestoreBuilder.paths(CURRENT, OLD, List.of("/Data/Coins", "/Data/Pet/Level"), false);
        List<String> changed = JsonDiff.changedPaths(CURRENT, out);
        assertThat(changed).containsExactlyInAnyOrder("/Data/Coins", "/Data/Pet/Level");
        assertThat(out.at("/Data/Coins").asInt()).isEqualTo(100);
        assertThat(out.at("/Data/Pet/Level").asInt()).isEqualTo(3);
        assertThat(out.at("/Data/Quest").asInt()).isEqualTo(7);
        assertThat(out.get("GlobalUpdates")).isEqualTo(CURRENT.get("GlobalUpdates"));
    }

    @Test
    void pathsTheOldVersionLackedAreRemoved() {
        JsonNode out = RestoreBuilder.paths(CURRENT, OLD, List.of("/Data/Quest", "/MetaData/MetaTags"), false);
        assertThat(out.at("/Data").has("Quest")).isFalse();
        assertThat(out.at("/MetaData/MetaTags")).isEqualTo(OLD.at("/MetaData/MetaTags"));
        assertThat(out.at("/MetaData/SessionLoadCount").asInt()).isEqualTo(9);
    }

    @Test
    void missingParentsAreCreatedAndEmptyTablesStoredAsArraysAccepted() {
        JsonNode cur = RobloxJson.parse("""
                {"Data":{},"MetaData":{"ProfileCreateTime":1,"SessionLoadCount":1,"MetaTags":[],"LastUpdate":2},
                 "GlobalUpdates":[0,[]]}""");
        JsonNode out = RestoreBuilder.paths(cur, OLD, List.of("/MetaData/MetaTags/DataVersion", "/Data/Pet/Name"),
                false);
        assertThat(out.at("/MetaData/MetaTags/DataVersion").asInt()).isEqualTo(1);
        assertThat(out.at("/Data/Pet").toString()).isEqualTo("{\"Name\":\"Rex\"}");
    }

    @Test
    void serverManagedFieldsAndTheMailboxCannotBeChosen() {
        for (String p : List.of("/MetaData/ActiveSession", "/MetaData/SessionLoadCount/0", "/MetaData",
                "/GlobalUpdates/1", "", "Data/Coins")) {
            assertThatThrownBy(() -> RestoreBuilder.paths(CURRENT, OLD, List.of(p), false))
                    .as(p).isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).path()).isEqualTo(p);
        }
    }

    @Test
    void wholeRestoreKeepsTheCurrentSessionFieldsAndMailbox() {
        JsonNode out = RestoreBuilder.whole(CURRENT, OLD, false);
        assertThat(out.get("Data")).isEqualTo(OLD.get("Data"));
        assertThat(out.at("/MetaData/MetaTags")).isEqualTo(OLD.at("/MetaData/MetaTags"));
        assertThat(out.at("/MetaData").has("ActiveSession")).as("old lock not resurrected").isFalse();
        assertThat(out.at("/MetaData/SessionLoadCount").asInt()).isEqualTo(9);
        assertThat(out.at("/MetaData/LastUpdate").asLong()).isEqualTo(1700090000L);
        assertThat(out.get("GlobalUpdates")).isEqualTo(CURRENT.get("GlobalUpdates"));
    }

    @Test
    void wholeRestoreKeepsACurrentLockAsItIs() {
        JsonNode locked = CURRENT.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) locked.get("MetaData"))
                .set("ActiveSession", RobloxJson.parse("[1818,\"now-job\"]"));
        JsonNode out = RestoreBuilder.whole(locked, OLD, false);
        assertThat(out.at("/MetaData/ActiveSession/1").asText()).isEqualTo("now-job");
    }

    @Test
    void wholeRestoreOfAWipedKeyDropsTheOldLock() {
        JsonNode out = RestoreBuilder.whole(null, OLD, false);
        assertThat(out.at("/MetaData").has("ActiveSession")).isFalse();
        assertThat(out.at("/MetaData/SessionLoadCount").asInt()).isEqualTo(5);
        assertThat(out.get("GlobalUpdates")).isEqualTo(OLD.get("GlobalUpdates"));
    }

    @Test
    void droppingResidualUpdatesKeepsTheIndex() {
        assertThat(RestoreBuilder.whole(CURRENT, OLD, true).get("GlobalUpdates").toString()).isEqualTo("[4,[]]");
        assertThat(RestoreBuilder.whole(null, OLD, true).get("GlobalUpdates").toString()).isEqualTo("[2,[]]");
        assertThat(RestoreBuilder.paths(CURRENT, OLD, List.of("/Data/Coins"), true).get("GlobalUpdates")
                .toString()).isEqualTo("[4,[]]");
    }

    @Test
    void onlyProfileVersionsCanBeRestoredWhole() {
        assertThatThrownBy(() -> RestoreBuilder.whole(CURRENT, RobloxJson.parse("{\"GlobalUpdates\":[0,[]]}"),
                false)).isInstanceOf(InvalidInputException.class).hasMessageContaining("placeholder");
    }

    @Test
    void arraysCannotBecomeSparse() {
        assertThatThrownBy(() -> RestoreBuilder.paths(RobloxJson.parse("""
                {"Data":{"Inventory":[]},"MetaData":{"SessionLoadCount":1},"GlobalUpdates":[0,[]]}"""),
                RobloxJson.parse("{\"Data\":{\"Inventory\":[1,2,3]}}"), List.of("/Data/Inventory/2"), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sparse");
    }
}
