package dev.profilelens.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --where}: the audit filter language on one value (short MetaTag paths, pointers, array-contains). */
class ValueFilterTest {
    private static final JsonNode V = RobloxJson.parse("{\"Data\":{\"Coins\":150,\"Name\":\"x\",\"Vip\":true},"
            + "\"MetaData\":{\"MetaTags\":{\"DataVersion\":1,\"ProfilePurchaseIds\":[\"a1b2\",\"c3d4\",7]}}}");

    private static boolean where(String... exprs) {
        return ValueFilter.parse(List.of(exprs)).matches(V);
    }

    @Test
    void aBareNameIsTheMetaTag() {
        assertThat(where("DataVersion=1")).isTrue();
        assertThat(where("DataVersion=2")).isFalse();
        assertThat(where("DataVersion=1.0")).as("numbers compare numerically").isTrue();
    }

    @Test
    void anyPointerRangesMissingAndText() {
        assertThat(where("/Data/Coins=100..200", "/Data/Name=x", "/Data/Vip=true")).isTrue();
        assertThat(where("/Data/Coins=..99")).isFalse();
        assertThat(where("!/Data/Gems")).isTrue();
        assertThat(where("!/Data/Coins")).isFalse();
        assertThat(where("/Data/Coins=\"150\"")).as("a quoted value matches text only").isFalse();
    }

    @Test
    void arrayContains() {
        assertThat(where("ProfilePurchaseIds[]=c3d4")).isTrue();
        assertThat(where("/MetaData/MetaTags/ProfilePurchaseIds[]=7")).isTrue();
        assertThat(where("ProfilePurchaseIds[]=zzzz")).isFalse();
        assertThat(where("/Data/Coins[]=150")).as("not an array").isFalse();
    }

    @Test
    void badExpressionsNameThemselves() {
        assertThatThrownBy(() -> where("Data.Coins=1")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Data.Coins=1");
        assertThatThrownBy(() -> where("DataVersion")).hasMessageContaining("PATH[]=VALUE");
    }
}
