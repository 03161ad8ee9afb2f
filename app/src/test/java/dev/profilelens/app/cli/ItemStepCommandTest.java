package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edit} paths with item steps ({@code [Id="…"]}) on a real SQLite store: applied, refused, explained. */
class ItemStepCommandTest {
    private static final EntryRef X = EntryRef.of("PlayerData", "Player_X");

    @TempDir
    Path tmp;
    private Path db;
    private CliHarness.Runner cli;

    @BeforeEach
    void seed() {
        cli = CliHarness.in(tmp.resolve("home"));
        db = tmp.resolve("store.db");
        String value = "{\"Data\":{\"Coins\":10,\"Inventory\":[{\"Id\":\"new\",\"Count\":100},"
                + "{\"Id\":\"a/1\",\"Count\":1,\"Tags\":[{\"Slot\":3,\"On\":false}]},{\"Id\":\"b\",\"Count\":5},"
                + "{\"Id\":\"twin\",\"Count\":1},{\"Id\":\"twin\",\"Count\":2}]},\"MetaData\":{\"ProfileCreateTime\":1,"
                + "\"SessionLoadCount\":4,\"MetaTags\":{},\"LastUpdate\":5},\"GlobalUpdates\":[0,[]],\"UserIds\":[9]}";
        try (SqliteProfileSource s = SqliteProfileSource.open(db)) {
            s.write(new WriteRequest(X, value.getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of(9L), "{}",
                    Precondition.none()));
        }
    }

    private CliHarness edit(String... intents) {
        List<String> args = new java.util.ArrayList<>(List.of("edit", "PlayerData", "Player_X", "--reason", "t 7",
                "--source", "sqlite:" + db));
        args.addAll(List.of(intents));
        return cli.run(args.toArray(String[]::new));
    }

    private JsonNode stored() {
        try (SqliteProfileSource s = SqliteProfileSource.open(db)) {
            return RobloxJson.parse(s.read(X).orElseThrow().value());
        }
    }

    @Test
    void itemStepsSelectTheItemByItsIdWhereverItIs() {
        CliHarness r = edit("--add", "/Data/Inventory/[Id=\"a/1\"]/Count=4",
                "--set", "/Data/Inventory/[Id=\"a/1\"]/Tags/[Slot=3]/On=true",
                "--remove", "/Data/Inventory/[Id=\"b\"]");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode inv = stored().at("/Data/Inventory");
        assertThat(inv.get(0).toString()).as("the item before it is untouched").isEqualTo("{\"Id\":\"new\","
                + "\"Count\":100}");
        assertThat(inv.get(1).toString()).isEqualTo("{\"Id\":\"a/1\",\"Count\":5,\"Tags\":[{\"Slot\":3,\"On\":true}]}");
        assertThat(inv).as("item b removed").hasSize(4);
        assertThat(RobloxJson.parse(r.out()).at("/intents/0/path").asText())
                .isEqualTo("/Data/Inventory/[Id=\"a~11\"]/Count");
    }

    @Test
    void aMalformedStepIsBadInputNamingTheStepAndNothingIsWritten() {
        JsonNode before = stored();
        CliHarness unquoted = edit("--set", "/Data/Inventory/[Id=a1]/Count=2");
        assertThat(unquoted.exit()).isEqualTo(2);
        assertThat(unquoted.err()).contains("--set").contains("[Id=a1]").contains("not JSON")
                .contains("[Id=\"a1\"]");
        CliHarness unclosed = edit("--add", "/Data/Inventory/[Id=\"b\"/Count=2");
        assertThat(unclosed.exit()).isEqualTo(2);
        assertThat(unclosed.err()).contains("--add").contains("not closed");
        CliHarness noField = edit("--remove-item", "/Data/[\"x\"]/Inventory", "--match", "Id=\"b\"");
        assertThat(noField.exit()).isEqualTo(2);
        assertThat(noField.err()).contains("--remove-item").contains("must be [FIELD=JSON]");
        assertThat(edit("--set", "/Data/Inventory/[Id={}]/Count=2").err()).contains("string, number or boolean");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aStepMatchingNoItemOrSeveralRefusesTheEditSayingWhich() {
        JsonNode before = stored();
        CliHarness none = edit("--add", "/Data/Inventory/[Id=\"zz\"]/Count=1");
        assertThat(none.exit()).isEqualTo(3);
        assertThat(none.err()).contains("no item of /Data/Inventory has Id=\"zz\"");
        CliHarness many = edit("--set", "/Data/Inventory/[Id=\"twin\"]/Count=7");
        assertThat(many.exit()).isEqualTo(3);
        assertThat(many.err()).contains("2 items of /Data/Inventory have Id=\"twin\"")
                .contains("must select exactly one");
        assertThat(stored()).isEqualTo(before);
    }
}
