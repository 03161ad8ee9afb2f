package dev.profilelens.app.raw;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.codec.RobloxJson;
import org.junit.jupiter.api.Test;

class CompactJsonTest {
    @Test
    void smallTablesStayOnOneLineLargeOnesBreakAndTheTextParsesBackToTheSameValue() {
        String stored = "{\"Data\":{\"Coins\":5,\"Ratio\":0.5,\"Empty\":[],\"Inventory\":[{\"Id\":\"a\",\"Level\":1},"
                + "{\"Id\":\"b\",\"Level\":2}],\"Long\":\"" + "x".repeat(120) + "\"},\"UserIds\":[1]}";
        var node = RobloxJson.parse(stored);
        String text = CompactJson.pretty(node);
        assertThat(text).contains("\n    \"Inventory\": [{\"Id\": \"a\", \"Level\": 1}, {\"Id\": \"b\", \"Level\": 2}]")
                .contains("\"Empty\": []").contains("\"Coins\": 5,").contains("\n  \"UserIds\": [1]\n}");
        assertThat(text.lines()).allMatch(l -> l.length() <= CompactJson.WIDTH || l.contains("xxxx"));
        assertThat(JsonEquals.equal(RobloxJson.parse(text), node)).isTrue();
        assertThat(CompactJson.pretty(RobloxJson.parse("7"))).isEqualTo("7");
    }
}
