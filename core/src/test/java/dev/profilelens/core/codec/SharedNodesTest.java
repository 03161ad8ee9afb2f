package dev.profilelens.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** A new parse shares what it has in common with the earlier value, and reads exactly as parsed. */
class SharedNodesTest {
    private static final String EARLIER = "{\"Data\":{\"Coins\":5,\"Inventory\":[{\"Id\":\"a\",\"Level\":1},"
            + "{\"Id\":\"b\",\"Level\":2},{\"Id\":\"c\",\"Level\":3}],\"Ratio\":0.0,\"Name\":\"x\"},"
            + "\"MetaTags\":{\"DataVersion\":3}}";

    @Test
    void onlyTheTablesOnTheChangedPathAreNew() {
        JsonNode earlier = RobloxJson.parse(EARLIER);
        String text = EARLIER.replace("\"Id\":\"b\",\"Level\":2", "\"Id\":\"b\",\"Level\":20");
        JsonNode shared = SharedNodes.share(RobloxJson.parse(text), earlier);
        assertThat(shared).isEqualTo(RobloxJson.parse(text));
        assertThat(shared.at("/Data/Inventory/0")).isSameAs(earlier.at("/Data/Inventory/0"));
        assertThat(shared.at("/Data/Inventory/2")).isSameAs(earlier.at("/Data/Inventory/2"));
        assertThat(shared.at("/Data/Inventory/1/Id")).isSameAs(earlier.at("/Data/Inventory/1/Id"));
        assertThat(shared.get("MetaTags")).isSameAs(earlier.get("MetaTags"));
        assertThat(shared.at("/Data/Inventory/1")).isNotSameAs(earlier.at("/Data/Inventory/1"));
        assertThat(shared.at("/Data/Inventory")).isNotSameAs(earlier.at("/Data/Inventory"));
        assertThat(shared).isNotSameAs(earlier);
        assertThat(earlier).as("the earlier value is as parsed").isEqualTo(RobloxJson.parse(EARLIER));
    }

    @Test
    void anEqualTextGivesTheEarlierValueItself() {
        JsonNode earlier = RobloxJson.parse(EARLIER);
        assertThat(SharedNodes.share(RobloxJson.parse(EARLIER), earlier)).isSameAs(earlier);
        assertThat(SharedNodes.share(RobloxJson.parse(EARLIER), null)).isEqualTo(earlier).isNotSameAs(earlier);
    }

    @Test
    void orderTypesAndSizesKeepTheFreshParts() {
        JsonNode earlier = RobloxJson.parse(EARLIER);
        String reordered = "{\"MetaTags\":{\"DataVersion\":3},\"Data\":" + EARLIER.substring(8, EARLIER.indexOf(
                ",\"MetaTags\"")) + "}";
        JsonNode r = SharedNodes.share(RobloxJson.parse(reordered), earlier);
        assertThat(r.toString()).as("member order is the text's").isEqualTo(RobloxJson.parse(reordered).toString());
        assertThat(r).isNotSameAs(earlier);
        assertThat(r.get("Data")).isSameAs(earlier.get("Data"));
        JsonNode negativeZero = SharedNodes.share(RobloxJson.parse(EARLIER.replace("0.0", "-0.0")), earlier);
        assertThat(negativeZero.at("/Data/Ratio").doubleValue()).isEqualTo(-0.0);
        assertThat(negativeZero.at("/Data/Ratio")).isNotSameAs(earlier.at("/Data/Ratio"));
        JsonNode asText = SharedNodes.share(RobloxJson.parse(EARLIER.replace("\"Coins\":5", "\"Coins\":\"5\"")),
                earlier);
        assertThat(asText.at("/Data/Coins").isTextual()).isTrue();
        JsonNode shorter = SharedNodes.share(RobloxJson.parse(EARLIER.replace(",{\"Id\":\"c\",\"Level\":3}", "")),
                earlier);
        assertThat(shorter.at("/Data/Inventory").size()).isEqualTo(2);
        assertThat(shorter.at("/Data/Inventory/1")).isSameAs(earlier.at("/Data/Inventory/1"));
        JsonNode longer = SharedNodes.share(RobloxJson.parse(EARLIER.replace("{\"Id\":\"c\",\"Level\":3}",
                "{\"Id\":\"c\",\"Level\":3},{\"Id\":\"d\"}")), earlier);
        assertThat(longer.at("/Data/Inventory/3/Id").asText()).isEqualTo("d");
        assertThat(longer.at("/Data/Inventory")).isNotSameAs(earlier.at("/Data/Inventory"));
    }
}
