package dev.profilelens.app.raw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.JsonEquals;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompactJsonTest {
    @Test
    void smallTablesStayOnOneLineLargeOnesBreakAndTheTextParsesBackToTheSameValue() {
        String stored = "{\"Data\":{\"Coins\":5,\"Ratio\":0.5,\"Empty\":[],\"Inventory\":[{\"Id\":\"a\",\"Level\":1},"
                + "{\"Id\":\"b\",\"Level\":2}],\"Long\":\"" + "x".repeat(120) + "\"},\"UserIds\":[1]}";
        String text = CompactJson.pretty(stored);
        assertThat(text).isEqualTo("""
                {
                  "Data": {
                    "Coins": 5,
                    "Ratio": 0.5,
                    "Empty": [],
                    "Inventory": [{"Id": "a", "Level": 1}, {"Id": "b", "Level": 2}],
                    "Long": "%s"
                  },
                  "UserIds": [1]
                }""".formatted("x".repeat(120)));
        assertThat(JsonEquals.equal(RobloxJson.parse(text), RobloxJson.parse(stored))).isTrue();
        assertThat(CompactJson.pretty("7")).isEqualTo("7");
        assertThat(CompactJson.pretty(" \"a\" ")).isEqualTo("\"a\"");
    }

    @Test
    void tokensAreShownExactlyAsStoredWhitespaceIsNot() {
        String stored = "{ \"n\" : 1.50e0 ,\"z\":-0,\"e\":{},\"s\":\"caf\\u00e9 \\\"q\\\" ,:{}[]\","
                + "\"b\":[true,false,null]}";
        assertThat(CompactJson.pretty(stored))
                .isEqualTo("{\"n\": 1.50e0, \"z\": -0, \"e\": {}, \"s\": \"caf\\u00e9 \\\"q\\\" ,:{}[]\", "
                        + "\"b\": [true, false, null]}");
    }

    @Test
    void theWidthCountsTheIndentAndDeepNestingIsLaidOut() {
        String row = "\"" + "y".repeat(50) + "\"";
        String fits = "[" + row + "," + row + "]";
        assertThat(CompactJson.pretty(fits)).doesNotContain("\n");
        String nested = "{\"a\":{\"b\":" + fits + "}}";
        assertThat(CompactJson.pretty(nested).lines()).hasSize(5).allMatch(l -> l.length() <= CompactJson.WIDTH);
        String deep = "[".repeat(40) + "1" + "]".repeat(40);
        assertThat(CompactJson.pretty(deep)).isEqualTo(deep);
        String wide = "[".repeat(40) + "\"" + "z".repeat(100) + "\"" + "]".repeat(40);
        String laid = CompactJson.pretty(wide);
        assertThat(laid.lines()).hasSize(81);
        assertThat(laid.lines().skip(40).findFirst().orElseThrow()).startsWith(" ".repeat(80) + "\"zzz");
        assertThat(JsonEquals.equal(RobloxJson.parse(laid), RobloxJson.parse(wide))).isTrue();
    }

    @Test
    void textThatIsNotOneBalancedValueIsRefused() {
        assertThatThrownBy(() -> CompactJson.pretty("{\"a\":[1}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompactJson.pretty("]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompactJson.pretty("[\"open")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWidthCountsCharactersNotBytesAndTheLinesAreWhereTheTextBreaks() {
        // two members of 54 characters (106 bytes each) and the key: 120 characters, the width, so one line
        String row = "\"" + "\u00e9".repeat(52) + "\"";
        String accented = "{\"a\":[" + row + "," + row + "]}";
        assertThat(CompactJson.pretty(accented).lines()).hasSize(1);
        String astral = "[\"" + "\ud83d\ude00".repeat(30) + "\",\"" + "\ud83d\ude00".repeat(30) + "\"]";
        // an emoji is two characters: 128 in all, too wide (counted as one each it would be 68)
        assertThat(CompactJson.pretty(astral)).contains("\n");
        String inventory = "{\"Data\":{\"Inventory\":[" + "{\"Id\":\"x\",\"L\":1},".repeat(20) + "{}]},\"UserIds\":[]}";
        String deep = "[".repeat(40) + "\"" + "z".repeat(100) + "\"" + "]".repeat(40);
        for (String stored : new String[] {accented, astral, inventory, deep}) {
            TextLines laid = CompactJson.layout(stored.getBytes(StandardCharsets.UTF_8));
            TextLines scanned = new TextLines(laid.text());
            assertThat(laid.count()).isEqualTo(scanned.count());
            for (int k = 0; k < laid.count(); k++) {
                assertThat(laid.line(k)).isEqualTo(scanned.line(k));
            }
            assertThat(JsonEquals.equal(RobloxJson.parse(laid.text()), RobloxJson.parse(stored))).isTrue();
        }
    }

    @Test
    void aByteOrderMarkIsLeftOutAndAValueThatIsNotJsonIsShownAsStored() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '1', ',', '2', ']'};
        assertThat(RawContent.ofStored(bom).text()).isEqualTo("[1, 2]");
        byte[] damaged = "{\"Coins\": [1, 2}".getBytes(StandardCharsets.UTF_8);
        assertThat(RawContent.ofStored(damaged).text()).isEqualTo("{\"Coins\": [1, 2}");
    }
}
