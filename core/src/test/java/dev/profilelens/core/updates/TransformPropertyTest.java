package dev.profilelens.core.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.HostileJson;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.SharedVectors;
import dev.profilelens.core.codec.Validator;
import dev.profilelens.core.error.InvalidInputException;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code global-update add|change} and {@code message} never produce a value {@code validate} refuses: unstorable
 * data (NaN, nil in a table, lone surrogates, numbers beyond a double, excess nesting) and unstorable parts of the
 * stored value are refused with the path named, whatever the library transform would otherwise print.
 */
class TransformPropertyTest {
    private static final String PS = "{\"Data\":{\"Coins\":1},\"MetaData\":{\"ProfileCreateTime\":1,"
            + "\"SessionLoadCount\":1,\"MetaTags\":[]},\"GlobalUpdates\":[1,[[1,1,false,{\"x\":1}]]]}";

    @Provide
    Arbitrary<JsonNode> data() {
        return HostileJson.table(3);
    }

    @Provide
    Arbitrary<JsonNode> stored() {
        Arbitrary<JsonNode> clean = Arbitraries.of("ps-released-empty", "pst-locked-messages", "ps-placeholder",
                "corrupt-number").map(name -> RobloxJson.parse(SharedVectors.stored(name)));
        Arbitrary<JsonNode> tainted = HostileJson.leaf().map(leaf -> {
            ObjectNode v = (ObjectNode) RobloxJson.parse(PS);
            ((ObjectNode) v.get("Data")).set("Hostile", leaf);
            return v;
        });
        return Arbitraries.oneOf(clean, tainted, Arbitraries.just(RobloxJson.parse(PS)));
    }

    @Property(tries = 300)
    void addPrintsOnlyStorableValues(@ForAll("stored") JsonNode stored, @ForAll("data") JsonNode data) {
        check(stored, data, v -> GlobalUpdates.addActive(v, data));
    }

    @Property(tries = 300)
    void changePrintsOnlyStorableValues(@ForAll("data") JsonNode data) {
        check(RobloxJson.parse(PS), data, v -> GlobalUpdates.changeActive(v, 1, data));
    }

    @Property(tries = 300)
    void messagePrintsOnlyStorableValues(@ForAll("stored") JsonNode stored, @ForAll("data") JsonNode data) {
        check(stored, data, v -> GlobalUpdates.message(v, data));
    }

    @Example
    void theIssuesExamplesAreRefusedNamingThePath() {
        assertThatThrownBy(() -> GlobalUpdates.addActive(null, RobloxJson.parse("[1,null]")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("/1"))
                .hasMessageContaining("update data");
        assertThatThrownBy(() -> GlobalUpdates.message(null, RobloxJson.parse("{\"t\":\"\\ud800\"}")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("/t"))
                .hasMessageContaining("message").hasMessageContaining("Unicode");
        assertThatThrownBy(() -> GlobalUpdates.addActive(RobloxJson.parse("{\"Data\":{\"x\":NaN},\"MetaData\":{},"
                + "\"GlobalUpdates\":[0,[]]}"), RobloxJson.parse("{}")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("/Data/x"));
    }

    private static void check(JsonNode stored, JsonNode data, UnaryOperator<JsonNode> transform) {
        boolean inputsStorable = storable(data) && storable(stored);
        JsonNode out;
        try {
            out = transform.apply(stored.deepCopy());
        } catch (InvalidInputException e) {
            assertThat(inputsStorable).as("refused storable inputs: %s", e.getMessage()).isFalse();
            assertThat(e.path()).as("the refusal names where").isNotNull();
            return;
        }
        assertThat(storable(data)).as("accepted unstorable data %s", data).isTrue();
        Validator.validateStored(out);
    }

    private static boolean storable(JsonNode v) {
        try {
            Validator.validateStored(v);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }
}
